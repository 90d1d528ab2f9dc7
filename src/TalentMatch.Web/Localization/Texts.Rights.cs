namespace TalentMatch.Web.Localization;

// Texts of the person's rights: download their data, see who looked, delete their profile.
public static partial class Texts
{
    private static Dictionary<string, string[]> Rights() => new()
    {
        ["Rights.Title"] = ["Jouw rechten", "Your rights", "Vos droits", "حقوقك", "Hakların"],
        ["Rights.Intro"] = ["Je gegevens zijn van jou. Je kan ze altijd meenemen, zien wie ze bekeek, of alles laten verwijderen.", "Your data is yours. You can always take it with you, see who looked at it, or have everything deleted.", "Vos données vous appartiennent. Vous pouvez toujours les emporter, voir qui les a consultées ou tout faire supprimer.", "بياناتك ملكك. يمكنك دائمًا أخذها معك، ومعرفة من اطّلع عليها، أو حذف كل شيء.", "Bilgilerin sana ait. Onları her zaman yanına alabilir, kimin baktığını görebilir veya her şeyi sildirebilirsin."],
        ["Rights.Download"] = ["Download al je gegevens", "Download all your data", "Télécharger toutes vos données", "نزّل كل بياناتك", "Tüm bilgilerini indir"],
        ["Rights.DownloadHint"] = ["Een bestand met alles wat we over je bewaren.", "A file with everything we keep about you.", "Un fichier avec tout ce que nous gardons sur vous.", "ملف فيه كل ما نحتفظ به عنك.", "Hakkında sakladığımız her şeyin olduğu bir dosya."],
        ["Rights.Back"] = ["Terug naar mijn gegevens", "Back to my data", "Retour à mes données", "العودة إلى بياناتي", "Bilgilerime dön"],
        ["Rights.Log.Title"] = ["Wie bekeek je gegevens?", "Who looked at your data?", "Qui a consulté vos données ?", "من اطّلع على بياناتك؟", "Bilgilerine kim baktı?"],
        ["Rights.Log.Intro"] = ["Elke keer dat iemand van TalentMatch je profiel, je matches of je gesprekken opent, schrijven we dat op. Het nieuwste staat bovenaan.", "Every time someone at TalentMatch opens your profile, your matches or your conversations, we write it down. The newest is on top.", "Chaque fois qu'une personne de TalentMatch ouvre votre profil, vos matchs ou vos entretiens, nous le notons. Le plus récent est en haut.", "في كل مرة يفتح فيها شخص من TalentMatch ملفك أو مطابقاتك أو محادثاتك، نسجّل ذلك. الأحدث في الأعلى.", "TalentMatch'ten biri profilini, eşleşmelerini veya görüşmelerini her açtığında bunu not ediyoruz. En yenisi en üstte."],
        ["Rights.Log.None"] = ["Nog niemand bekeek je gegevens.", "No one has looked at your data yet.", "Personne n'a encore consulté vos données.", "لم يطّلع أحد على بياناتك بعد.", "Henüz kimse bilgilerine bakmadı."],
        ["Rights.Log.Someone"] = ["Iemand van TalentMatch", "Someone at TalentMatch", "Une personne de TalentMatch", "شخص من TalentMatch", "TalentMatch'ten biri"],
        ["Rights.Log.Read.Profile"] = ["bekeek je profiel", "looked at your profile", "a consulté votre profil", "اطّلع على ملفك", "profiline baktı"],
        ["Rights.Log.Read.Match"] = ["bekeek een match van jou", "looked at one of your matches", "a consulté un de vos matchs", "اطّلع على إحدى مطابقاتك", "eşleşmelerinden birine baktı"],
        ["Rights.Log.Read.CheckIn"] = ["bekeek een gesprek met je coach", "looked at a conversation with your coach", "a consulté un entretien avec votre coach", "اطّلع على محادثة مع مدربك", "koçunla bir görüşmene baktı"],
        ["Rights.Log.Read.Export"] = ["haalde al je gegevens op", "downloaded all your data", "a téléchargé toutes vos données", "نزّل كل بياناتك", "tüm bilgilerini indirdi"],
        ["Rights.Log.Older"] = ["Oudere", "Older", "Plus anciens", "الأقدم", "Daha eski"],
        ["Rights.Reason.PersonAsked"] = ["omdat jij het vroeg", "because you asked", "parce que vous l'avez demandé", "لأنك طلبت ذلك", "sen istediğin için"],
        ["Rights.Reason.LegalObligation"] = ["omdat de wet het vraagt", "because the law requires it", "parce que la loi l'exige", "لأن القانون يطلب ذلك", "yasa gerektirdiği için"],
        ["Rights.Delete.Title"] = ["Mijn profiel verwijderen", "Delete my profile", "Supprimer mon profil", "حذف ملفي", "Profilimi sil"],
        ["Rights.Delete.Intro"] = ["Als je je profiel verwijdert, wissen we alles over jou. Dat kan niet ongedaan worden gemaakt.", "If you delete your profile, we erase everything about you. This cannot be undone.", "Si vous supprimez votre profil, nous effaçons tout ce qui vous concerne. C'est définitif.", "إذا حذفت ملفك، نمسح كل شيء عنك. لا يمكن التراجع عن ذلك.", "Profilini silersen, senin hakkındaki her şeyi sileriz. Bu geri alınamaz."],
        ["Rights.Delete.Profile"] = ["Je profiel: wat je kan, je talen, je werk en je wensen.", "Your profile: what you can do, your languages, your work and your wishes.", "Votre profil : ce que vous savez faire, vos langues, votre travail et vos souhaits.", "ملفك: ما تستطيع فعله ولغاتك وعملك ورغباتك.", "Profilin: neler yapabildiğin, dillerin, işin ve isteklerin."],
        ["Rights.Delete.Matches"] = ["Je voorstellen, matches en gesprekken met je coach.", "Your proposals, matches and conversations with your coach.", "Vos propositions, matchs et entretiens avec votre coach.", "عروضك ومطابقاتك ومحادثاتك مع مدربك.", "Tekliflerin, eşleşmelerin ve koçunla görüşmelerin."],
        ["Rights.Delete.Coins"] = ["Je buurtmunten: wat je nog hebt, gaat verloren.", "Your neighbourhood coins: what you still have is lost.", "Vos pièces de quartier : ce qu'il vous reste est perdu.", "عملات الحي: ما تبقّى لديك يضيع.", "Mahalle paran: kalan paran kaybolur."],
        ["Rights.Delete.Account"] = ["Je account: je kan daarna niet meer aanmelden.", "Your account: you can no longer sign in afterwards.", "Votre compte : vous ne pourrez plus vous connecter ensuite.", "حسابك: لن تتمكن من تسجيل الدخول بعد ذلك.", "Hesabın: sonra artık giriş yapamazsın."],
        ["Rights.Delete.DownloadFirst"] = ["Wil je eerst een kopie bewaren?", "Want to keep a copy first?", "Vous voulez d'abord garder une copie ?", "هل تريد الاحتفاظ بنسخة أولًا؟", "Önce bir kopyasını saklamak ister misin?"],
        ["Rights.Delete.Understood"] = ["Ik begrijp dat alles weg is en niet terugkomt.", "I understand that everything is gone and will not come back.", "Je comprends que tout disparaît et ne reviendra pas.", "أفهم أن كل شيء سيُحذف ولن يعود.", "Her şeyin silineceğini ve geri gelmeyeceğini anlıyorum."],
        ["Rights.Delete.NotConfirmed"] = ["Vink eerst aan dat je het begrijpt.", "First tick the box to say you understand.", "Cochez d'abord la case pour dire que vous comprenez.", "ضع علامة أولًا لتقول إنك تفهم.", "Önce anladığını belirten kutuyu işaretle."],
        ["Rights.Delete.Submit"] = ["Alles verwijderen", "Delete everything", "Tout supprimer", "احذف كل شيء", "Her şeyi sil"],
        ["Rights.Delete.Done"] = ["Je profiel en je account zijn verwijderd. Bedankt dat je TalentMatch gebruikte.", "Your profile and your account have been deleted. Thank you for using TalentMatch.", "Votre profil et votre compte ont été supprimés. Merci d'avoir utilisé TalentMatch.", "تم حذف ملفك وحسابك. شكرًا لاستخدامك TalentMatch.", "Profilin ve hesabın silindi. TalentMatch'i kullandığın için teşekkürler."],
    };
}
