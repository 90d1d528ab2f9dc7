namespace TalentMatch.Web.Localization;

// Texts of Helpende handen for the volunteer who offers help and the neighbour who confirms the hours.
public static partial class Texts
{
    private static Dictionary<string, string[]> Helping() => new()
    {
        ["Help.Offer"] = ["Ik help graag", "I'd like to help", "Je veux bien aider", "أودّ المساعدة", "Yardım etmek isterim"],
        ["Help.OfferFor"] = ["Ik help graag: {0}", "I'd like to help: {0}", "Je veux bien aider : {0}", "أودّ المساعدة: {0}", "Yardım etmek isterim: {0}"],
        ["Help.NeighbourAsks"] = ["Een buur vraagt hulp", "A neighbour asks for help", "Un voisin demande de l'aide", "جار يطلب المساعدة", "Bir komşu yardım istiyor"],
        ["Help.Done.Offered"] = ["Dank je! Je helpt nu bij deze vraag. Schrijf na het helpen je uren op.", "Thank you! You now help with this request. Write down your hours after helping.", "Merci ! Vous aidez maintenant pour cette demande. Notez vos heures après avoir aidé.", "شكرًا! أنت الآن تساعد في هذا الطلب. اكتب ساعاتك بعد المساعدة.", "Teşekkürler! Artık bu istekte yardım ediyorsun. Yardımdan sonra saatlerini yaz."],
        ["Help.Done.Confirmed"] = ["De uren zijn bevestigd. Dank je wel!", "The hours are confirmed. Thank you!", "Les heures sont confirmées. Merci !", "تم تأكيد الساعات. شكرًا لك!", "Saatler onaylandı. Teşekkürler!"],
        ["Help.Mine"] = ["Jouw vragen om hulp", "Your requests for help", "Vos demandes d'aide", "طلباتك للمساعدة", "Yardım isteklerin"],
        ["Help.MineNone"] = ["Je vroeg nog geen hulp.", "You have not asked for help yet.", "Vous n'avez pas encore demandé d'aide.", "لم تطلب المساعدة بعد.", "Henüz yardım istemedin."],
        ["Help.Helpers"] = ["Wie helpt: {0}", "Who helps: {0}", "Qui aide : {0}", "من يساعد: {0}", "Kim yardım ediyor: {0}"],
        ["Help.HelperNoName"] = ["een buur", "a neighbour", "un voisin", "جار", "bir komşu"],
        ["Help.NoHelpersYet"] = ["Nog niemand helpt. Buren zien je vraag.", "Nobody helps yet. Neighbours see your request.", "Personne n'aide encore. Vos voisins voient votre demande.", "لا أحد يساعد بعد. الجيران يرون طلبك.", "Henüz kimse yardım etmiyor. Komşular isteğini görüyor."],
        ["Help.HoursEntry"] = ["{0}: {1} uur door {2}", "{0}: {1} hours by {2}", "{0} : {1} heures par {2}", "{0}: {1} ساعة من {2}", "{0}: {2} tarafından {1} saat"],
        ["Help.Confirmed"] = ["Bevestigd", "Confirmed", "Confirmé", "مؤكَّد", "Onaylandı"],
        ["Help.Confirm"] = ["Klopt, bevestig {0} uur", "Correct, confirm {0} hours", "C'est exact, confirmer {0} heures", "صحيح، أكّد {0} ساعة", "Doğru, {0} saati onayla"],
        ["Help.ConfirmHint"] = ["Klopt het aantal uren? Bevestig het. De helper krijgt dan buurtmunten.", "Is the number of hours right? Confirm it. The helper then gets neighbourhood coins.", "Le nombre d'heures est-il juste ? Confirmez-le. L'aidant reçoit alors des pièces de quartier.", "هل عدد الساعات صحيح؟ أكّده. سيحصل المساعد على عملات الحي.", "Saat sayısı doğru mu? Onayla. Yardım eden kişi mahalle parası alır."],
        ["Help.NoHoursYet"] = ["Er zijn nog geen uren ingevuld.", "No hours have been written down yet.", "Aucune heure n'a encore été notée.", "لم تُسجَّل ساعات بعد.", "Henüz saat yazılmadı."],

        ["Rule.HelpOfferedOnlyToNeighbours"] = ["Bij een organisatie help je via een voorstel van de matchmaker.", "For an organisation, you help through a proposal from the matchmaker.", "Pour une organisation, vous aidez via une proposition du matchmaker.", "مع منظمة، تساعد عبر عرض من الوسيط.", "Bir kuruluşa eşleştiricinin teklifiyle yardım edersin."],
        ["Rule.HelpNotOfferedOnOwnRequest"] = ["Dit is je eigen vraag. Je kan hier zelf niet bij helpen.", "This is your own request. You cannot help with it yourself.", "C'est votre propre demande. Vous ne pouvez pas y aider vous-même.", "هذا طلبك الخاص. لا يمكنك المساعدة فيه بنفسك.", "Bu senin kendi isteğin. Buna kendin yardım edemezsin."],
        ["Rule.OpenMatchExists"] = ["Je helpt al bij deze vraag.", "You already help with this request.", "Vous aidez déjà pour cette demande.", "أنت تساعد في هذا الطلب بالفعل.", "Bu isteğe zaten yardım ediyorsun."],
        ["Rule.HoursAlreadyConfirmed"] = ["Deze uren zijn al bevestigd.", "These hours are already confirmed.", "Ces heures sont déjà confirmées.", "هذه الساعات مؤكدة بالفعل.", "Bu saatler zaten onaylandı."],
        ["Rule.OwnHoursNotConfirmed"] = ["Je bevestigt geen uren die je zelf invulde.", "You do not confirm hours you wrote down yourself.", "Vous ne confirmez pas des heures que vous avez notées vous-même.", "لا تؤكد ساعات سجّلتها بنفسك.", "Kendi yazdığın saatleri onaylamazsın."],
        ["Rule.NeighbourHoursConfirmedByStaff"] = ["Alleen wie om hulp vroeg, bevestigt deze uren.", "Only the person who asked for help confirms these hours.", "Seule la personne qui a demandé de l'aide confirme ces heures.", "فقط من طلب المساعدة يؤكد هذه الساعات.", "Bu saatleri sadece yardım isteyen kişi onaylar."],
    };
}
