namespace TalentMatch.Web.Localization;

// Texts of "Mijn munten": the wallet, its history, the partners' offers and a reservation's code.
public static partial class Texts
{
    private static Dictionary<string, string[]> CoinsTexts() => new()
    {
        ["Nav.Coins"] = ["Mijn munten", "My coins", "Mes pièces", "عملاتي", "Param"],
        ["Home.Coins"] = ["Je buurtmunten en wat je ermee kan doen.", "Your neighbourhood coins and what you can do with them.", "Vos pièces de quartier et ce que vous pouvez en faire.", "عملات الحي الخاصة بك وما يمكنك فعله بها.", "Mahalle paran ve onunla neler yapabileceğin."],
        ["Coins.Title"] = ["Mijn munten", "My coins", "Mes pièces", "عملاتي", "Param"],
        ["Coins.Intro"] = ["Voor elk uur dat je een buur helpt, krijg je een buurtmunt. Met munten krijg je korting of iets gratis bij winkels en diensten in de buurt.", "For every hour you help a neighbour, you get a neighbourhood coin. With coins you get a discount or something free at shops and services nearby.", "Pour chaque heure où vous aidez un voisin, vous recevez une pièce de quartier. Avec vos pièces, vous obtenez une réduction ou un cadeau dans les commerces et services du quartier.", "عن كل ساعة تساعد فيها جارًا، تحصل على عملة من عملات الحي. بالعملات تحصل على خصم أو شيء مجاني في المحلات والخدمات القريبة.", "Bir komşuya yardım ettiğin her saat için bir mahalle parası alırsın. Paralarla yakındaki dükkanlarda ve hizmetlerde indirim veya ücretsiz bir şey alırsın."],
        ["Coins.Balance"] = ["Je hebt {0} munten.", "You have {0} coins.", "Vous avez {0} pièces.", "لديك {0} عملة.", "{0} paran var."],
        ["Coins.Held"] = ["En {0} munten staan apart voor je reserveringen.", "And {0} coins are set aside for your reservations.", "Et {0} pièces sont mises de côté pour vos réservations.", "و{0} عملة محجوزة جانبًا لحجوزاتك.", "Ayrıca {0} para rezervasyonların için ayrıldı."],
        ["Coins.NoProfile"] = ["Maak eerst je profiel. Dan kan je munten sparen.", "Make your profile first. Then you can save coins.", "Créez d'abord votre profil. Vous pourrez ensuite économiser des pièces.", "أنشئ ملفك أولًا. بعدها يمكنك جمع العملات.", "Önce profilini oluştur. Sonra para biriktirebilirsin."],
        ["Coins.Offers"] = ["Wat je met munten krijgt", "What you get with coins", "Ce que vous obtenez avec des pièces", "ما تحصل عليه بالعملات", "Paralarla ne alırsın"],
        ["Coins.OffersNone"] = ["Er zijn nu geen aanbiedingen.", "There are no offers right now.", "Il n'y a pas d'offre pour l'instant.", "لا توجد عروض الآن.", "Şu an teklif yok."],
        ["Coins.Price"] = ["{0} munten", "{0} coins", "{0} pièces", "{0} عملة", "{0} para"],
        ["Coins.Stock"] = ["Nog {0} beschikbaar", "{0} left", "Encore {0} disponibles", "متبقٍ {0}", "{0} tane kaldı"],
        ["Coins.ValidUntil"] = ["Geldig tot {0}", "Valid until {0}", "Valable jusqu'au {0}", "صالح حتى {0}", "{0} tarihine kadar geçerli"],
        ["Coins.Reserve"] = ["Reserveer voor {0} munten", "Reserve for {0} coins", "Réserver pour {0} pièces", "احجز مقابل {0} عملة", "{0} paraya ayır"],
        ["Coins.History"] = ["Wat er met je munten gebeurde", "What happened with your coins", "Ce qui est arrivé à vos pièces", "ما حدث لعملاتك", "Paralarına ne oldu"],
        ["Coins.HistoryNone"] = ["Nog niets. Help een buur om je eerste munten te krijgen.", "Nothing yet. Help a neighbour to get your first coins.", "Rien pour l'instant. Aidez un voisin pour recevoir vos premières pièces.", "لا شيء بعد. ساعد جارًا لتحصل على أولى عملاتك.", "Henüz bir şey yok. İlk paralarını almak için bir komşuya yardım et."],
        ["Coins.Date"] = ["Datum", "Date", "Date", "التاريخ", "Tarih"],
        ["Coins.What"] = ["Wat", "What", "Quoi", "ماذا", "Ne"],
        ["Coins.Amount"] = ["Munten", "Coins", "Pièces", "العملات", "Para"],
        ["Coins.ShowCode"] = ["Toon de code", "Show the code", "Afficher le code", "اعرض الرمز", "Kodu göster"],
        ["CoinKind.Earn"] = ["Verdiend met helpen", "Earned by helping", "Gagnées en aidant", "مكتسبة بالمساعدة", "Yardım ederek kazanıldı"],
        ["CoinKind.Award"] = ["Gekregen van de stad", "Given by the city", "Reçues de la ville", "مُنحت من المدينة", "Şehirden alındı"],
        ["CoinKind.Reserve"] = ["Gereserveerd", "Reserved", "Réservées", "محجوزة", "Ayrıldı"],
        ["CoinKind.Redeem"] = ["Gebruikt", "Used", "Utilisées", "مستخدمة", "Kullanıldı"],
        ["CoinKind.Release"] = ["Terug in je portemonnee", "Back in your wallet", "Revenues dans votre porte-monnaie", "عادت إلى محفظتك", "Cüzdanına geri döndü"],
        ["CoinKind.Expire"] = ["Vervallen", "Expired", "Expirées", "منتهية الصلاحية", "Süresi doldu"],
        ["CoinKind.Reversal"] = ["Correctie", "Correction", "Correction", "تصحيح", "Düzeltme"],

        ["Reservation.Title"] = ["Je reservering", "Your reservation", "Votre réservation", "حجزك", "Rezervasyonun"],
        ["Reservation.Intro"] = ["Toon deze code of de QR-code aan de kassa van {0}. De code werkt één keer.", "Show this code or the QR code at the till of {0}. The code works once.", "Montrez ce code ou le code QR à la caisse de {0}. Le code fonctionne une seule fois.", "أظهر هذا الرمز أو رمز QR عند صندوق الدفع في {0}. يعمل الرمز مرة واحدة.", "Bu kodu veya QR kodunu {0} kasasında göster. Kod bir kez çalışır."],
        ["Reservation.Code"] = ["Je code", "Your code", "Votre code", "رمزك", "Kodun"],
        ["Reservation.QrAlt"] = ["QR-code van je code {0}", "QR code of your code {0}", "Code QR de votre code {0}", "رمز QR لرمزك {0}", "{0} kodunun QR kodu"],
        ["Reservation.Offer"] = ["Aanbieding", "Offer", "Offre", "العرض", "Teklif"],
        ["Reservation.Partner"] = ["Waar", "Where", "Où", "أين", "Nerede"],
        ["Reservation.ExpiresAt"] = ["Geldig tot", "Valid until", "Valable jusqu'au", "صالح حتى", "Şu tarihe kadar geçerli"],
        ["Reservation.Status"] = ["Stand", "Status", "État", "الحالة", "Durum"],
        ["Reservation.Cancel"] = ["Ik wil dit niet meer: geef mijn munten terug", "I no longer want this: give my coins back", "Je n'en veux plus : rendez-moi mes pièces", "لم أعد أريد هذا: أعد لي عملاتي", "Artık istemiyorum: paramı geri ver"],
        ["Reservation.Back"] = ["Terug naar mijn munten", "Back to my coins", "Retour à mes pièces", "العودة إلى عملاتي", "Paralarıma dön"],
        ["Reservation.Done.Reserved"] = ["Gereserveerd! Je munten staan vast tot je de code gebruikt.", "Reserved! Your coins are held until you use the code.", "Réservé ! Vos pièces sont bloquées jusqu'à ce que vous utilisiez le code.", "تم الحجز! عملاتك محجوزة حتى تستخدم الرمز.", "Ayrıldı! Kodu kullanana kadar paraların bekletilir."],
        ["Reservation.Done.Cancelled"] = ["Geannuleerd. Je munten zijn terug.", "Cancelled. Your coins are back.", "Annulé. Vos pièces sont revenues.", "تم الإلغاء. عادت عملاتك.", "İptal edildi. Paraların geri geldi."],
        ["ReservationStatus.Reserved"] = ["Klaar om te gebruiken", "Ready to use", "Prêt à être utilisé", "جاهز للاستخدام", "Kullanıma hazır"],
        ["ReservationStatus.Redeemed"] = ["Gebruikt", "Used", "Utilisé", "مستخدم", "Kullanıldı"],
        ["ReservationStatus.Cancelled"] = ["Geannuleerd", "Cancelled", "Annulé", "ملغى", "İptal edildi"],
        ["ReservationStatus.Expired"] = ["Vervallen", "Expired", "Expiré", "منتهي الصلاحية", "Süresi doldu"],

        ["Rule.CoinsInsufficient"] = ["Je hebt niet genoeg munten voor deze aanbieding.", "You do not have enough coins for this offer.", "Vous n'avez pas assez de pièces pour cette offre.", "ليس لديك عملات كافية لهذا العرض.", "Bu teklif için yeterli paran yok."],
        ["Rule.CoinOfferOutOfStock"] = ["Deze aanbieding is op.", "This offer is sold out.", "Cette offre est épuisée.", "نفد هذا العرض.", "Bu teklif tükendi."],
        ["Rule.CoinOfferEnded"] = ["Deze aanbieding is voorbij.", "This offer has ended.", "Cette offre est terminée.", "انتهى هذا العرض.", "Bu teklif sona erdi."],
        ["Rule.CoinReservationClosed"] = ["Deze reservering is al gebruikt, geannuleerd of vervallen.", "This reservation is already used, cancelled or expired.", "Cette réservation est déjà utilisée, annulée ou expirée.", "هذا الحجز مستخدم أو ملغى أو منتهٍ بالفعل.", "Bu rezervasyon zaten kullanıldı, iptal edildi veya süresi doldu."],
    };
}
