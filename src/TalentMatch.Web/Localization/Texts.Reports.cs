namespace TalentMatch.Web.Localization;

// Texts of the reports in the staff workspace (/werk/rapporten).
public static partial class Texts
{
    private static Dictionary<string, string[]> Reports() => new()
    {
        ["Staff.Nav.Reports"] = ["Rapporten", "Reports", "Rapports", "التقارير", "Raporlar"],
        ["Staff.Home.Reports"] = ["Hoe ver matches geraken en hoe lang plaatsingen duren, per periode en wijk.", "How far matches get and how long placements last, by period and district.", "Jusqu'où vont les matchs et combien de temps durent les placements, par période et district.", "إلى أين تصل المطابقات وكم يدوم التوظيف، حسب الفترة والحي.", "Eşleşmelerin nereye kadar gittiği ve yerleştirmelerin ne kadar sürdüğü, döneme ve semte göre."],

        ["Reports.Intro"] = ["Alleen totalen, nooit een persoon. Een groep van minder dan 3 mensen tonen we niet.", "Totals only, never a person. A group of fewer than 3 people is not shown.", "Seulement des totaux, jamais une personne. Un groupe de moins de 3 personnes n'est pas affiché.", "مجاميع فقط، وليس أي شخص. لا نعرض مجموعة من أقل من 3 أشخاص.", "Yalnızca toplamlar, asla bir kişi. 3 kişiden az bir grup gösterilmez."],
        ["Reports.Filter.Title"] = ["Periode en wijk", "Period and district", "Période et district", "الفترة والحي", "Dönem ve semt"],
        ["Reports.Filter.From"] = ["Van", "From", "Du", "من", "Başlangıç"],
        ["Reports.Filter.To"] = ["Tot en met", "To (included)", "Au (inclus)", "إلى (ضمنًا)", "Bitiş (dahil)"],
        ["Reports.Filter.District"] = ["Wijk", "District", "District", "الحي", "Semt"],
        ["Reports.Filter.AllDistricts"] = ["Alle wijken", "All districts", "Tous les districts", "كل الأحياء", "Tüm semtler"],
        ["Reports.Filter.Apply"] = ["Toon", "Show", "Afficher", "اعرض", "Göster"],
        ["Reports.Period"] = ["Van {0} tot en met {1}, alle wijken.", "From {0} to {1}, all districts.", "Du {0} au {1}, tous les districts.", "من {0} إلى {1}، كل الأحياء.", "{0} - {1}, tüm semtler."],
        ["Reports.PeriodInDistrict"] = ["Van {0} tot en met {1}, wijk {2}.", "From {0} to {1}, district {2}.", "Du {0} au {1}, district {2}.", "من {0} إلى {1}، حي {2}.", "{0} - {1}, {2} semti."],

        ["Reports.ChartDescription"] = ["Staafdiagram. De tabel eronder geeft dezelfde cijfers.", "Bar chart. The table below gives the same figures.", "Diagramme en barres. Le tableau en dessous donne les mêmes chiffres.", "مخطط أعمدة. يعرض الجدول أدناه الأرقام نفسها.", "Çubuk grafik. Alttaki tablo aynı rakamları verir."],
        ["Reports.FewerThan"] = ["minder dan {0}", "fewer than {0}", "moins de {0}", "أقل من {0}", "{0} kişiden az"],
        ["Reports.SuppressedNote"] = ["minder dan {0}. Zo'n kleine groep tonen we niet, zodat niemand herkend kan worden.", "fewer than {0}. A group this small is not shown, so nobody can be recognised.", "moins de {0}. Un si petit groupe n'est pas affiché, pour que personne ne soit reconnu.", "أقل من {0}. لا نعرض مجموعة بهذا الصغر كي لا يُتعرَّف على أحد.", "{0} kişiden az. Bu kadar küçük bir grup gösterilmez, böylece kimse tanınamaz."],
        ["Reports.NotMeasurable"] = ["niets te meten", "nothing to measure", "rien à mesurer", "لا شيء للقياس", "ölçülecek bir şey yok"],
        ["Reports.Column.Step"] = ["Stap", "Step", "Étape", "المرحلة", "Adım"],
        ["Reports.Column.Steps"] = ["Van stap naar stap", "From step to step", "D'étape en étape", "من مرحلة إلى مرحلة", "Adımdan adıma"],
        ["Reports.Column.Matches"] = ["Matches", "Matches", "Matchs", "المطابقات", "Eşleşmeler"],
        ["Reports.Column.Share"] = ["Deel", "Share", "Part", "النسبة", "Oran"],
        ["Reports.Column.Of"] = ["Gemeten op", "Measured on", "Mesuré sur", "محسوبة على", "Ölçülen"],
        ["Reports.Column.Measure"] = ["Wat", "What", "Quoi", "ماذا", "Ne"],
        ["Reports.Column.Language"] = ["Taal", "Language", "Langue", "اللغة", "Dil"],
        ["Reports.Column.People"] = ["Mensen", "People", "Personnes", "الأشخاص", "Kişi"],

        ["Reports.Funnel.Title"] = ["Hoe ver matches geraken", "How far matches get", "Jusqu'où vont les matchs", "إلى أين تصل المطابقات", "Eşleşmeler nereye kadar gidiyor"],
        ["Reports.Funnel.Intro"] = ["Hoeveel matches elke stap bereikten in de periode, en welk deel van hen de volgende stap haalde.", "How many matches reached each step in the period, and what share of them reached the next step.", "Combien de matchs ont atteint chaque étape pendant la période, et quelle part a atteint l'étape suivante.", "كم مطابقة وصلت إلى كل مرحلة في الفترة، وأي نسبة منها وصلت إلى المرحلة التالية.", "Dönemde her adıma kaç eşleşmenin ulaştığı ve bunların ne kadarının bir sonraki adıma geçtiği."],
        ["Reports.Funnel.Reached.Job"] = ["Jobs: matches per bereikte stap", "Jobs: matches per step reached", "Emplois : matchs par étape atteinte", "الوظائف: المطابقات لكل مرحلة", "İşler: ulaşılan adıma göre eşleşmeler"],
        ["Reports.Funnel.Reached.Volunteering"] = ["Vrijwilligerswerk: matches per bereikte stap", "Volunteering: matches per step reached", "Bénévolat : matchs par étape atteinte", "العمل التطوعي: المطابقات لكل مرحلة", "Gönüllülük: ulaşılan adıma göre eşleşmeler"],
        ["Reports.Funnel.Conversion.Job"] = ["Jobs: naar de volgende stap", "Jobs: on to the next step", "Emplois : vers l'étape suivante", "الوظائف: إلى المرحلة التالية", "İşler: bir sonraki adıma"],
        ["Reports.Funnel.Conversion.Volunteering"] = ["Vrijwilligerswerk: naar de volgende stap", "Volunteering: on to the next step", "Bénévolat : vers l'étape suivante", "العمل التطوعي: إلى المرحلة التالية", "Gönüllülük: bir sonraki adıma"],
        ["Reports.Funnel.Median"] = ["Dagen van shortlist tot plaatsing", "Days from shortlist to placement", "Jours de la présélection au placement", "الأيام من القائمة المختصرة إلى التوظيف", "Kısa listeden yerleştirmeye gün"],
        ["Reports.Funnel.MedianDays"] = ["Mediaan: {0} dagen, over {1} plaatsingen.", "Median: {0} days, over {1} placements.", "Médiane : {0} jours, sur {1} placements.", "الوسيط: {0} يومًا، على {1} توظيفات.", "Medyan: {1} yerleştirmede {0} gün."],
        ["Reports.Funnel.MedianSuppressed"] = ["Minder dan {0} plaatsingen: niet getoond.", "Fewer than {0} placements: not shown.", "Moins de {0} placements : non affiché.", "أقل من {0} توظيفات: لا يُعرض.", "{0} yerleştirmeden az: gösterilmez."],
        ["Reports.Funnel.NoPlacements"] = ["Geen plaatsingen in deze periode.", "No placements in this period.", "Aucun placement pendant cette période.", "لا توظيف في هذه الفترة.", "Bu dönemde yerleştirme yok."],
        ["Reports.Funnel.Csv"] = ["Download de cijfers van de matches (CSV)", "Download the match figures (CSV)", "Télécharger les chiffres des matchs (CSV)", "نزّل أرقام المطابقات (CSV)", "Eşleşme rakamlarını indir (CSV)"],

        ["Reports.Aftercare.Title"] = ["Hoe lang plaatsingen duren", "How long placements last", "Combien de temps durent les placements", "كم يدوم التوظيف", "Yerleştirmeler ne kadar sürüyor"],
        ["Reports.Aftercare.Intro"] = ["De plaatsingen die in de periode begonnen: werken ze nog, en bouwden ze op wat iemand elders leerde?", "The placements that started in the period: are they still working, and did they build on what someone learned elsewhere?", "Les placements commencés pendant la période : travaillent-ils encore, et ont-ils valorisé ce que la personne a appris ailleurs ?", "التوظيفات التي بدأت في الفترة: هل ما زالوا يعملون، وهل بُنيت على ما تعلّمه الشخص في مكان آخر؟", "Dönemde başlayan yerleştirmeler: hâlâ çalışıyorlar mı, kişinin başka yerde öğrendiklerine dayandılar mı?"],
        ["Reports.Aftercare.Placements"] = ["Plaatsingen die in de periode begonnen:", "Placements that started in the period:", "Placements commencés pendant la période :", "التوظيفات التي بدأت في الفترة:", "Dönemde başlayan yerleştirmeler:"],
        ["Reports.Aftercare.Lasting"] = ["Werkt nog, en competenties van elders", "Still working, and competences from elsewhere", "Travaille encore, et compétences d'ailleurs", "ما زال يعمل، وكفاءات من مكان آخر", "Hâlâ çalışıyor ve başka yerden yetkinlikler"],
        ["Reports.Aftercare.At3Months"] = ["Werkt nog na 3 maanden", "Still working at 3 months", "Travaille encore après 3 mois", "ما زال يعمل بعد 3 أشهر", "3 ay sonra hâlâ çalışıyor"],
        ["Reports.Aftercare.At6Months"] = ["Werkt nog na 6 maanden", "Still working at 6 months", "Travaille encore après 6 mois", "ما زال يعمل بعد 6 أشهر", "6 ay sonra hâlâ çalışıyor"],
        ["Reports.Aftercare.LearnedElsewhere"] = ["Bouwt op wat elders geleerd is", "Builds on what was learned elsewhere", "Valorise des acquis d'ailleurs", "يبني على ما تعلّمه في مكان آخر", "Başka yerde öğrenilene dayanıyor"],
        ["Reports.Aftercare.Languages"] = ["Talen van de mensen die aan de slag gingen", "Languages of the people placed", "Langues des personnes placées", "لغات الأشخاص الذين توظفوا", "İşe yerleşen kişilerin dilleri"],
        ["Reports.Aftercare.OtherLanguages"] = ["Andere talen samen", "Other languages together", "Autres langues ensemble", "لغات أخرى معًا", "Diğer diller birlikte"],
        ["Reports.Aftercare.NoLanguages"] = ["Geen plaatsingen in deze periode.", "No placements in this period.", "Aucun placement pendant cette période.", "لا توظيف في هذه الفترة.", "Bu dönemde yerleştirme yok."],
        ["Reports.Aftercare.Csv"] = ["Download de cijfers van de nazorg (CSV)", "Download the aftercare figures (CSV)", "Télécharger les chiffres du suivi (CSV)", "نزّل أرقام المتابعة (CSV)", "Takip rakamlarını indir (CSV)"],

        ["Reports.StepToStep"] = ["{0} → {1}", "{0} → {1}", "{0} → {1}", "{0} ← {1}", "{0} → {1}"],
        ["Reports.Step.Shortlisted"] = ["Shortlist", "Shortlist", "Présélection", "القائمة المختصرة", "Kısa liste"],
        ["Reports.Step.Proposed"] = ["Voorgesteld", "Proposed", "Proposé", "عُرض عليه", "Önerildi"],
        ["Reports.Step.Offered"] = ["Aangeboden", "Offered", "Offert", "عُرض", "Teklif edildi"],
        ["Reports.Step.Accepted"] = ["Ja gezegd", "Said yes", "A dit oui", "قال نعم", "Evet dedi"],
        ["Reports.Step.Declined"] = ["Nee gezegd", "Said no", "A dit non", "قال لا", "Hayır dedi"],
        ["Reports.Step.Introduced"] = ["Kennismaking", "Introduced", "Présenté", "التعارف", "Tanıştırıldı"],
        ["Reports.Step.Placed"] = ["Geplaatst", "Placed", "Placé", "تم التوظيف", "Yerleştirildi"],
        ["Reports.Step.Done"] = ["Afgerond", "Done", "Terminé", "انتهى", "Tamamlandı"],
        ["Reports.Step.Closed"] = ["Afgesloten", "Closed", "Clôturé", "مغلق", "Kapandı"],
        ["Reports.Step.Withdrawn"] = ["Ingetrokken", "Withdrawn", "Retiré", "مسحوب", "Geri çekildi"],

        ["Field.From"] = ["Kies een begindatum tussen 1900 en 2999.", "Choose a start date between 1900 and 2999.", "Choisissez une date de début entre 1900 et 2999.", "اختر تاريخ بداية بين 1900 و2999.", "1900 ile 2999 arasında bir başlangıç tarihi seç."],
        ["Field.To"] = ["Kies een einddatum op of na de begindatum, en voor het jaar 3000.", "Choose an end date on or after the start date, and before the year 3000.", "Choisissez une date de fin égale ou postérieure au début, et avant l'an 3000.", "اختر تاريخ نهاية في يوم البداية أو بعده، وقبل سنة 3000.", "Başlangıçla aynı gün ya da sonra, 3000 yılından önce bir bitiş tarihi seç."],
        ["Field.District"] = ["Kies een wijk uit de lijst.", "Choose a district from the list.", "Choisissez un district dans la liste.", "اختر حيًا من القائمة.", "Listeden bir semt seç."],
    };
}
