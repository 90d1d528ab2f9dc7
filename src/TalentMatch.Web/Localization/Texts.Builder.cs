namespace TalentMatch.Web.Localization;

// Texts of "Wat kan jij?", the profile builder.
public static partial class Texts
{
    private static Dictionary<string, string[]> Builder() => new()
    {
        ["Builder.Title"] = ["Wat kan jij?", "What can you do?", "Que savez-vous faire ?", "ماذا تستطيع أن تفعل؟", "Neler yapabilirsin?"],
        ["Builder.StepOf"] = ["Stap {0} van {1}", "Step {0} of {1}", "Étape {0} sur {1}", "الخطوة {0} من {1}", "Adım {0} / {1}"],
        ["Builder.Steps"] = ["Stappen", "Steps", "Étapes", "الخطوات", "Adımlar"],
        ["Builder.Step.over-jou"] = ["Over jou", "About you", "À propos de vous", "عنك", "Hakkında"],
        ["Builder.Step.activiteiten"] = ["Wat doe je graag?", "What do you like doing?", "Qu'aimez-vous faire ?", "ماذا تحب أن تفعل؟", "Ne yapmayı seversin?"],
        ["Builder.Step.hoe-goed"] = ["Hoe goed?", "How well?", "À quel niveau ?", "ما مدى الإتقان؟", "Ne kadar iyi?"],
        ["Builder.Step.zoeken"] = ["Zoek nog meer", "Search for more", "Chercher plus", "ابحث عن المزيد", "Daha fazla ara"],
        ["Builder.Step.talen"] = ["Talen", "Languages", "Langues", "اللغات", "Diller"],
        ["Builder.Step.werk"] = ["Werk van vroeger", "Past work", "Travail passé", "العمل السابق", "Önceki işler"],
        ["Builder.Step.wensen"] = ["Wat zoek je?", "What are you looking for?", "Que cherchez-vous ?", "عمّ تبحث؟", "Ne arıyorsun?"],
        ["Builder.Step.klaar"] = ["Klaar", "Done", "Terminé", "تم", "Bitti"],
        ["Builder.Saved"] = ["Bewaard. Je kan altijd later verder doen.", "Saved. You can always continue later.", "Enregistré. Vous pouvez continuer plus tard.", "تم الحفظ. يمكنك المتابعة لاحقًا دائمًا.", "Kaydedildi. Her zaman sonra devam edebilirsin."],
        ["Builder.SaveNext"] = ["Bewaren en verder", "Save and continue", "Enregistrer et continuer", "احفظ وتابع", "Kaydet ve devam et"],
        ["Builder.SaveDone"] = ["Bewaren", "Save", "Enregistrer", "حفظ", "Kaydet"],
        ["Builder.Next"] = ["Verder", "Continue", "Continuer", "متابعة", "Devam"],
        ["Builder.Remove"] = ["Weghalen", "Remove", "Retirer", "إزالة", "Kaldır"],
        ["Builder.About.Intro"] = ["We beginnen met je naam en je postcode. Zo vinden we werk in je buurt.", "We start with your name and postcode. That way we find work near you.", "Commençons par votre nom et votre code postal, pour trouver du travail près de chez vous.", "نبدأ باسمك ورمزك البريدي، لنجد عملًا قريبًا منك.", "Adın ve posta kodunla başlıyoruz. Böylece yakınında iş buluruz."],
        ["Builder.Cards.Intro"] = ["Kies alles wat je doet, thuis, bij familie, in de buurt of op het werk. Elk kaartje toont wat je kan.", "Choose everything you do, at home, for family, in the neighbourhood or at work. Each card shows what you can do.", "Choisissez tout ce que vous faites, à la maison, en famille, dans le quartier ou au travail. Chaque carte montre ce que vous savez faire.", "اختر كل ما تفعله، في البيت أو للعائلة أو في الحي أو في العمل. كل بطاقة تُظهر ما تستطيع فعله.", "Evde, ailende, mahallede veya işte yaptığın her şeyi seç. Her kart neler yapabildiğini gösterir."],
        ["Builder.Cards.Legend"] = ["Dit doe ik", "I do this", "Je fais ceci", "أنا أفعل هذا", "Bunu yapıyorum"],
        ["Builder.Levels.Intro"] = ["Zeg voor elk ding waar je het leerde en hoe goed je het kan.", "For each thing, say where you learned it and how well you can do it.", "Pour chaque chose, dites où vous l'avez appris et à quel niveau.", "لكل شيء، قل أين تعلمته ومدى إتقانك له.", "Her şey için nerede öğrendiğini ve ne kadar iyi yaptığını söyle."],
        ["Builder.Levels.None"] = ["Je profiel heeft nog niets over wat je kan.", "Your profile does not say what you can do yet.", "Votre profil ne dit pas encore ce que vous savez faire.", "ملفك لا يذكر بعد ما تستطيع فعله.", "Profilinde henüz neler yapabildiğin yok."],
        ["Builder.Levels.ToCards"] = ["Kies kaartjes", "Choose cards", "Choisir des cartes", "اختر بطاقات", "Kart seç"],
        ["Builder.Search.Intro"] = ["Mis je iets? Typ een woord, bijvoorbeeld koken, kassa of tuin.", "Missing something? Type a word, for example cooking, till or garden.", "Il manque quelque chose ? Tapez un mot, par exemple cuisine, caisse ou jardin.", "هل ينقصك شيء؟ اكتب كلمة، مثلًا طبخ أو صندوق أو حديقة.", "Eksik bir şey mi var? Bir kelime yaz, örneğin yemek, kasa veya bahçe."],
        ["Builder.Search.Submit"] = ["Zoeken", "Search", "Chercher", "بحث", "Ara"],
        ["Builder.Search.Nothing"] = ["We vonden niets. Probeer een ander woord.", "We found nothing. Try another word.", "Rien trouvé. Essayez un autre mot.", "لم نجد شيئًا. جرّب كلمة أخرى.", "Bir şey bulamadık. Başka bir kelime dene."],
        ["Builder.Search.Add"] = ["Toevoegen", "Add", "Ajouter", "إضافة", "Ekle"],
        ["Builder.Search.AddNamed"] = ["{0} toevoegen", "Add {0}", "Ajouter {0}", "إضافة {0}", "{0} ekle"],
        ["Builder.Search.InProfile"] = ["Staat al in je profiel", "Already in your profile", "Déjà dans votre profil", "موجود في ملفك", "Zaten profilinde"],
        ["Builder.Languages.Intro"] = ["Welke talen spreek je? Elke taal telt.", "Which languages do you speak? Every language counts.", "Quelles langues parlez-vous ? Chaque langue compte.", "ما اللغات التي تتحدثها؟ كل لغة مهمة.", "Hangi dilleri konuşuyorsun? Her dil önemli."],
        ["Builder.Languages.HowWell"] = ["Wat past het best bij jou?", "What fits you best?", "Qu'est-ce qui vous correspond le mieux ?", "ما الأنسب لك؟", "Sana en çok hangisi uyuyor?"],
        ["Builder.Languages.Add"] = ["Taal bewaren", "Save language", "Enregistrer la langue", "حفظ اللغة", "Dili kaydet"],
        ["Builder.Languages.RemoveNamed"] = ["{0} weghalen", "Remove {0}", "Retirer {0}", "إزالة {0}", "{0} kaldır"],
        ["Builder.Work.Intro"] = ["Welk werk deed je al? Ook vrijwilligerswerk of werk in een ander land telt.", "What work have you done? Volunteering or work in another country counts too.", "Quel travail avez-vous déjà fait ? Le bénévolat ou le travail à l'étranger comptent aussi.", "ما العمل الذي قمت به؟ العمل التطوعي أو العمل في بلد آخر يُحسب أيضًا.", "Daha önce hangi işleri yaptın? Gönüllü iş veya başka ülkedeki iş de sayılır."],
        ["Builder.Work.Years"] = ["{0} jaar", "{0} years", "{0} ans", "{0} سنوات", "{0} yıl"],
        ["Builder.Work.Confirm"] = ["Kan je dit? Haal het vinkje weg bij wat je niet kan.", "Can you do this? Untick what you cannot do.", "Savez-vous faire ceci ? Décochez ce que vous ne savez pas faire.", "هل تستطيع هذا؟ أزل العلامة عمّا لا تستطيعه.", "Bunları yapabiliyor musun? Yapamadıklarının işaretini kaldır."],
        ["Builder.Work.Add"] = ["Werk bewaren", "Save work", "Enregistrer le travail", "حفظ العمل", "İşi kaydet"],
        ["Builder.Wishes.Seeks"] = ["Wat zoek je?", "What are you looking for?", "Que cherchez-vous ?", "عمّ تبحث؟", "Ne arıyorsun?"],
        ["Builder.Done.Intro"] = ["Goed gedaan! Je profiel is bewaard. Kijk nu wat bij je past.", "Well done! Your profile is saved. Now see what fits you.", "Bravo ! Votre profil est enregistré. Voyez maintenant ce qui vous correspond.", "أحسنت! تم حفظ ملفك. انظر الآن ما يناسبك.", "Aferin! Profilin kaydedildi. Şimdi sana uyanlara bak."],
    };
}
