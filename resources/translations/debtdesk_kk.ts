<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/letters/batch_dialog.py" line="+70"/>
        <source>Batch letters</source>
        <translation>Топтама хаттар</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cases with a hearing within</source>
        <translation>Сот отырысы жақын істер:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {n} cases selected in the register</source>
        <translation>Тізімде таңдалған {n} іс</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each debtor&apos;s own</source>
        <translation>Әр борышкердің өз тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out cases lacking data the letter needs</source>
        <translation>Хатқа қажетті деректері жоқ істерді шығару</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter and cases</source>
        <translation>Хат және істер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter:</source>
        <translation>Хат:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases:</source>
        <translation>Істер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the letters</source>
        <translation>Хаттарды &amp;жасау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No case has a hearing within {n} days.</source>
        <translation>{n} күн ішінде сот отырысы бар іс жоқ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making {n} letters…</source>
        <translation>{n} хат жасалуда…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: no letter was registered.</source>
        <translation>Тоқтатылды: бірде-бір хат тіркелмеді.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} letters registered, {first} … {last}, {pages} pages.</source>
        <translation>{n} хат тіркелді, {first} … {last}, {pages} бет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out {n} cases lacking data:</source>
        <translation>Деректері жетпейтін {n} іс шығарылды:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the batch as</source>
        <translation>Топтаманы сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save the batch</source>
        <translation>Топтаманы сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the batch</source>
        <translation>Топтаманы басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot print the batch</source>
        <translation>Топтаманы басып шығару мүмкін емес</translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <location filename="../../ui/case_file/budget_summary.py" line="+74"/>
        <source>Budget summary, a month</source>
        <translation>Бюджет қорытындысы, айына</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Income</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenditure</source>
        <translation>Шығыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Surplus</source>
        <translation>Профицит</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Income per person</source>
        <translation>Бір адамға шаққандағы кіріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsistence minimum</source>
        <translation>Ең төмен күнкөріс деңгейі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Income and expenditure statement PDF…</source>
        <translation>Кірістер мен шығыстар туралы анықтама PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bankruptcy screen — a screen, not advice</source>
        <translation>Банкроттыққа алдын ала тексеру — кеңес емес</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The budget cannot be worked out: {why}</source>
        <translation>Бюджетті есептеу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deficit</source>
        <translation>Тапшылық</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subsistence minimum {year}</source>
        <translation>Ең төмен күнкөріс деңгейі, {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deficit: the household spends {amount} a month more than it earns.</source>
        <translation>Тапшылық: отбасы айына тапқанынан {amount} артық жұмсайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Income per person is below the subsistence minimum.</source>
        <translation>Бір адамға шаққандағы кіріс ең төмен күнкөріс деңгейінен төмен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income per person is above the subsistence minimum.</source>
        <translation>Бір адамға шаққандағы кіріс ең төмен күнкөріс деңгейінен жоғары.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the subsistence minimum of {year} in Settings to compare.</source>
        <translation>Салыстыру үшін Баптауларда {year} жылғы ең төмен күнкөріс деңгейін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the household size to compare with the minimum.</source>
        <translation>Ең төмен деңгеймен салыстыру үшін отбасы құрамын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The screen cannot be worked out: {why}</source>
        <translation>Тексеруді есептеу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not met</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the income and expenditure statement as</source>
        <translation>Кірістер мен шығыстар туралы анықтаманы сақтау</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/day_grid.py" line="+115"/>
        <source>… and {n} more</source>
        <translation>… және тағы {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}: {n} items</source>
        <translation>{day}: {n} жазба</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>Дүйсенбі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Сейсенбі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Сәрсенбі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Бейсенбі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Жұма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Сенбі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Жексенбі</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{day} · today</source>
        <translation>{day} · бүгін</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>+{n} more</source>
        <translation>+{n} тағы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jan</source>
        <translation>қаң.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>ақп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>нау.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>сәу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>мам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>мау.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>шіл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>там.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>қыр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>қаз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>қар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>жел.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="+52"/>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 3 working days</source>
        <translation>3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 14 days</source>
        <translation>14 күн ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>кейінірек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mark} eviction or auction</source>
        <translation>{mark} үйден шығару не сауда-саттық</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/pages/calendar_page.py" line="+81"/>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Export to calendar (.ics)…</source>
        <translation>Күнтізбеге экспорт (.ics)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the items shown as a file for a phone&apos;s or computer&apos;s calendar</source>
        <translation>Көрсетілгендерді телефон не компьютер күнтізбесіне арналған файлға сақтау</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../ui/pages/registry.py" line="+59"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debtor</source>
        <translation>Борышкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who goes</source>
        <translation>Кім барады</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All advisors</source>
        <translation>Барлық кеңесшілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cities</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{day}: {n}</source>
        <translation>{day}: {n}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export to calendar</source>
        <translation>Күнтізбеге экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Күнтізбе файлдары (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save {path}: {why}</source>
        <translation>{path} сақталмады: {why}</translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="+163"/>
        <source>Letter for which case?</source>
        <translation>Хат қай іс бойынша?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debtor&apos;s name, IIN or phone</source>
        <translation>Борышкердің аты-жөні, ЖСН не телефоны</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No case matches</source>
        <translation>Сәйкес іс жоқ</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <location filename="../../ui/case_file/window.py" line="+90"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel changes</source>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} — case file</source>
        <translation>{name} — іс</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to {tabs} before closing?</source>
        <translation>Жабар алдында {tabs} өзгерістерін сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_file/header.py" line="+43"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>ертең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} days</source>
        <translation>{n} күннен кейін</translation>
    </message>
</context>
<context>
    <name>CaseHeaderBar</name>
    <message>
        <location line="+74"/>
        <source>no city</source>
        <translation>қала көрсетілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>advisor: {name}</source>
        <translation>кеңесші: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no advisor</source>
        <translation>кеңесші жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next deadline: {date} — {what}</source>
        <translation>Келесі мерзім: {date} — {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open deadlines</source>
        <translation>Ашық мерзімдер жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next hearing: {date}</source>
        <translation>Келесі сот отырысы: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hearing scheduled</source>
        <translation>Сот отырысы белгіленбеген</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} {when}</source>
        <translation>{what} {when}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table_model.py" line="+96"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>Келесі сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>watch</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 3 working days</source>
        <translation>3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 14 days</source>
        <translation>14 күн ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>кейінірек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eviction</source>
        <translation>үйден шығару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auction</source>
        <translation>сауда-саттық</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>{level} · ⚠ {threat} in {days} d</source>
        <translation>{level} · ⚠ {threat} {days} күннен кейін</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next {threat}: {date}</source>
        <translation>Келесі {threat}: {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: this deadline has passed and is still open</source>
        <translation>Мерзімі өткен: бұл мерзім өтіп кетті, бірақ әлі ашық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the next week</source>
        <translation>Алдағы апта ішінде</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="+128"/>
        <source>Search by name, IIN, phone or case number</source>
        <translation>Аты-жөні, ЖСН, телефон не іс нөмірі бойынша іздеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All cities</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All advisors</source>
        <translation>Барлық кеңесшілер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any urgency</source>
        <translation>Кез келген шұғылдық</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home at risk (eviction or auction within 30 days)</source>
        <translation>Үй қатерде (30 күн ішінде үйден шығару не сауда-саттық)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cases from an .xlsx or .csv sheet</source>
        <translation>Істерді .xlsx немесе .csv кестесінен импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export what the register shows to .xlsx or .csv</source>
        <translation>Тізімде көрсетілгенді .xlsx немесе .csv файлына экспорттау</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../ui/pages/registry.py" line="-6"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>no cases match</source>
        <translation>сәйкес іс жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no cases</source>
        <translation>іс жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than {n} cases</source>
        <translation>{n} істен көп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 case</source>
        <translation>1 іс</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cases</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match “{text}”.</source>
        <translation>«{text}» бойынша іс табылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search looks in names, IINs, phone numbers and court case numbers. Press Esc to see every case.</source>
        <translation>Іздеу аты-жөндерден, ЖСН-нан, телефон нөмірлерінен және сот істерінің нөмірлерінен жүргізіледі. Барлық істі көру үшін Esc басыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match these filters.</source>
        <translation>Бұл сүзгілерге сәйкес іс жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “All” in a filter box to widen the list.</source>
        <translation>Тізімді кеңейту үшін сүзгіде «Барлығы» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cases yet.</source>
        <translation>Әзірге іс жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create demo data with: {command}</source>
        <translation>Демо-деректерді жасау: {command}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>search failed</source>
        <translation>іздеу сәтсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search failed.</source>
        <translation>Іздеу сәтсіз аяқталды.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../ui/checklists/checklist_dialog.py" line="+77"/>
        <location line="+190"/>
        <source>Hearing checklist</source>
        <translation>Сот отырысына дайындық тізімі</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Make the checklist</source>
        <translation>Дайындық тізімін жасау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This hearing belongs to no proceeding, so the kind of checklist is not known. Choose one:</source>
        <translation>Бұл сот отырысы ешбір іс жүргізуге байланыстырылмаған, сондықтан тізім түрі белгісіз. Біреуін таңдаңыз:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Space or a click ticks an item; double-click a note to write it</source>
        <translation>Бос орын пернесі не шерту тармақты белгілейді; ескертпе жазу үшін екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes on this hearing (printed on the advisor&apos;s copy)</source>
        <translation>Осы сот отырысы туралы ескертпелер (кеңесші данасында басылады)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save note</source>
        <translation>Ескертпені сақтау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on this hearing:</source>
        <translation>Сот отырысы туралы ескертпелер:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The debtor&apos;s copy (large print)</source>
        <translation>Борышкердің данасы (ірі қаріп)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The advisor&apos;s copy (facts, deadlines, notes)</source>
        <translation>Кеңесшінің данасы (деректер, мерзімдер, ескертпелер)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printout:</source>
        <translation>Басылым:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checklist made from “{title}”.</source>
        <translation>Дайындық тізімі «{title}» негізінде жасалды.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hearing {when}</source>
        <translation>сот отырысы {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist — {name}, {day}</source>
        <translation>Дайындық тізімі — {name}, {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to bring</source>
        <translation>Не алып бару керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the hearing</source>
        <translation>Сот отырысында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the hearing</source>
        <translation>Сот отырысынан кейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Double-click to write a note on this item</source>
        <translation>Осы тармаққа ескертпе жазу үшін екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: {done} of {total}</source>
        <translation>Орындалды: {total} ішінен {done}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Another advisor changed this checklist meanwhile: it now shows what is saved. Tick again if needed.</source>
        <translation>Осы уақытта басқа кеңесші дайындық тізімін өзгертті: енді сақталған нұсқа көрсетілген. Қажет болса, қайта белгілеңіз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ticked.</source>
        <translation>Белгіленді.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unticked.</source>
        <translation>Белгі алынды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Note saved.</source>
        <translation>Ескертпе сақталды.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Another advisor changed the note meanwhile. Copy your text, then close and open the checklist again to see theirs.</source>
        <translation>Осы уақытта басқа кеңесші ескертпені өзгертті. Мәтініңізді көшіріп алып, оның нұсқасын көру үшін тізімді жауып, қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала көрініс дайындалуда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview: {n} page(s).</source>
        <translation>Алдын ала көрініс: {n} бет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>debtor</source>
        <translation>борышкер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advisor</source>
        <translation>кеңесші</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the checklist as</source>
        <translation>Дайындық тізімін сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {path}: {why}</source>
        <translation>{path} сақталмады: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the checklist</source>
        <translation>Дайындық тізімін басып шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot print: {why}</source>
        <translation>Басып шығару мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed {n} page(s).</source>
        <translation>{n} бет басылды.</translation>
    </message>
</context>
<context>
    <name>CourtTab</name>
    <message>
        <location filename="../../ui/case_file/court_tab.py" line="+72"/>
        <source>Add &amp;hearing</source>
        <translation>&amp;Сот отырысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date, time and room of a hearing (Ctrl+H)</source>
        <translation>Сот отырысының күні, уақыты және залы (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision date</source>
        <translation>&amp;Шешім күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision in final form starts the appeal clock: record its date</source>
        <translation>Апелляциялық шағым мерзімі түпкілікті нысандағы шешімнен басталады: оның күнін жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;viction or auction date</source>
        <translation>Үйден &amp;шығару не сауда-саттық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;event…</source>
        <translation>Басқа &amp;оқиға…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Case no.</source>
        <translation>Іс №</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+110"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Judge / bailiff</source>
        <translation>Судья / сот орындаушысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place / room</source>
        <translation>Орны / залы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open deadlines computed from this event</source>
        <translation>Осы оқиғадан есептелген ашық мерзімдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who goes / notes</source>
        <translation>Кім барады / ескертпе</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add proceeding…</source>
        <translation>Іс жүргізу қосу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist…</source>
        <translation>Тізім…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to bring and do at this hearing: tick items, print for the debtor</source>
        <translation>Осы отырысқа не алып келу және не істеу керек: тармақтарды белгілеңіз, борышкер үшін басып шығарыңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proceedings</source>
        <translation>Іс жүргізулер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearings, decisions and other dates</source>
        <translation>Сот отырыстары, шешімдер және басқа күндер</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>— not tied to a proceeding —</source>
        <translation>— іс жүргізуге байланыссыз —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add hearing</source>
        <translation>Сот отырысын қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add decision date</source>
        <translation>Шешім күнін қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add eviction or auction date</source>
        <translation>Үйден шығару не сауда-саттық күнін қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Time:</source>
        <translation>Уақыты:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Room:</source>
        <translation>Залы:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+30"/>
        <source>What:</source>
        <translation>Не:</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+41"/>
        <source>Proceeding:</source>
        <translation>Іс жүргізу:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit event</source>
        <translation>Оқиғаны өзгерту</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place / room:</source>
        <translation>Орны / залы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who goes:</source>
        <translation>Кім барады:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supporters from the group</source>
        <translation>топтан қолдаушылар</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Delete event</source>
        <translation>Оқиғаны жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {what} on {day}? Deadlines computed from it are cancelled.</source>
        <translation>{day} күнгі «{what}» жойылсын ба? Одан есептелген мерзімдердің күші жойылады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event deleted.</source>
        <translation>Оқиға жойылды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} on {day} saved.</source>
        <translation>{day} күнгі «{what}» сақталды.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n deadline(s) computed</source>
        <translation>
            <numerusform>%n мерзім есептелді</numerusform>
            <numerusform>%n мерзім есептелді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(due {dates})</source>
        <translation>(мерзімі {dates})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} from {old} to {new}</source>
        <translation>{title}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved: {moves}.</source>
        <translation>Ауыстырылды: {moves}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deadline(s) moved.</source>
        <translation>
            <numerusform>%n мерзім ауыстырылды.</numerusform>
            <numerusform>%n мерзім ауыстырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) cancelled.</source>
        <translation>
            <numerusform>%n мерзімнің күші жойылды.</numerusform>
            <numerusform>%n мерзімнің күші жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline follows from it.</source>
        <translation>Одан ешбір мерзім туындамайды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit proceeding</source>
        <translation>Іс жүргізуді өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add proceeding</source>
        <translation>Іс жүргізу қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case no.:</source>
        <translation>Іс №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court:</source>
        <translation>Сот:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judge:</source>
        <translation>Судья:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bailiff:</source>
        <translation>Сот орындаушысы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage:</source>
        <translation>Кезеңі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan:</source>
        <translation>Қарыз:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete proceeding</source>
        <translation>Іс жүргізуді жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the proceeding {no} and all its events? Deadlines computed from them are cancelled.</source>
        <translation>{no} іс жүргізуі және оның барлық оқиғалары жойылсын ба? Олардан есептелген мерзімдердің күші жойылады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proceeding deleted.</source>
        <translation>Іс жүргізу жойылды.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/widgets/damaged_dialog.py" line="+53"/>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымданған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>debtdesk found damage in the database file.</source>
        <translation>debtdesk дерекқор файлынан зақым тапты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} does not pass its integrity check ({detail}). A failing disk, a power cut during copying or a file copied only halfway can do this. debtdesk has not written anything to it.</source>
        <translation>{path} файлы тұтастық тексерісінен өтпейді ({detail}). Мұның себебі ақаулы диск, көшіру кезінде электр қуатының өшуі не файлдың жартылай көшірілуі болуы мүмкін. debtdesk оған ештеңе жазған жоқ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The newest good backup was made on {made} ({name}). Restoring it brings the data back as it was then: changes made since are not in it. The damaged file is kept, untouched, in {folder}.</source>
        <translation>Соңғы жарамды сақтық көшірме {made} күні жасалған ({name}). Оны қалпына келтірсеңіз, деректер сол кездегі күйіне оралады: кейінгі өзгерістер онда жоқ. Зақымданған файл өзгертілмей {folder} қалтасында сақталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore this backup</source>
        <translation>Осы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No good backup was found in {folder}. Keep the file as it is and ask someone who knows SQLite for help: part of the data may still be saved.</source>
        <translation>{folder} қалтасынан жарамды сақтық көшірме табылмады. Файлды сол күйінде қалдырып, SQLite-ты білетін маманнан көмек сұраңыз: деректердің бір бөлігін әлі де құтқаруға болады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the current database</source>
        <translation>Қазіргі дерекқорды қалдыру</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="+80"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../ui/case_file/deadlines_tab.py" line="+62"/>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved from {day}</source>
        <translation>{day} күнінен ауыстырылды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check with a lawyer: the source is not fully verified</source>
        <translation>Заңгермен тексеріңіз: дереккөз толық расталмаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Неден есептеледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by</source>
        <translation>Кім орындады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Өткізіп алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add deadline…</source>
        <translation>Мерзім қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deadlines added by hand can be deleted</source>
        <translation>Тек қолмен қосылған мерзімдерді жоюға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done and cancelled</source>
        <translation>Орындалған және жойылғандарды көрсету</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read in:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this date</source>
        <translation>Неге осы күн</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day} (moved from {old})</source>
        <translation>{day} ({old} күнінен ауыстырылды)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No deadlines. They appear when a decision or another dated event is recorded.</source>
        <translation>Мерзімдер жоқ. Олар шешім не күні бар басқа оқиға жазылғанда пайда болады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added by hand: no rule computed it.</source>
        <translation>Қолмен қосылған: оны ешбір ереже есептемеген.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done by {who} on {day}</source>
        <translation>{day} күні {who} орындады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>moved from {day}</source>
        <translation>{day} күнінен ауыстырылды</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add deadline</source>
        <translation>Мерзім қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is due:</source>
        <translation>Не істеу керек:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>statement of defence set by the judge</source>
        <translation>судья белгілеген пікірді беру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete deadline</source>
        <translation>Мерзімді жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the deadline “{t}”?</source>
        <translation>«{t}» мерзімі жойылсын ба?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a letter&apos;s reply</source>
        <translation>хатқа жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by hand</source>
        <translation>қолмен қосылған</translation>
    </message>
</context>
<context>
    <name>DebtChart</name>
    <message>
        <location filename="../../ui/widgets/debt_chart.py" line="+61"/>
        <source>Debt growth chart</source>
        <translation>Борыштың өсу графигі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borrowed</source>
        <translation>Алынған қарыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Талап етілген</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No payments or claims to draw yet.</source>
        <translation>Сызатын төлемдер не талаптар әлі жоқ.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="+422"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter has its number; save or print more copies here.</source>
        <translation>Хатқа нөмір берілді; мұнда қосымша даналарын сақтауға не басып шығаруға болады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Letter {no} is in the register.</source>
        <translation>{no} хаты журналға тіркелді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder to ask about the reply on {day} (not a legal time limit).</source>
        <translation>Жауап туралы {day} күні сұрау туралы еске салу (заңды мерзім емес).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply due by {day}; it is in the case&apos;s deadlines.</source>
        <translation>Жауап мерзімі — {day}; ол іс мерзімдеріне қосылды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the day it is handed in or posted to start its reply deadline.</source>
        <translation>Жауап мерзімі басталуы үшін хат тапсырылған не поштаға жіберілген күнді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="+610"/>
        <source>Imported</source>
        <translation>Импорт аяқталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Undo this import” removes exactly what it added, as one action.</source>
        <translation>«Бұл импортты болдырмау» оның қосқанын ғана бір әрекетпен жояды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out because</source>
        <translation>Өткізіп жіберу себебі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this import</source>
        <translation>Бұл импортты &amp;болдырмау</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{n} cases imported from {file} ({m} merged into cases on file).</source>
        <translation>{file} файлынан импортталған істер: {n} (бар істермен біріктірілгені: {m}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} invalid rows were left out:</source>
        <translation>Қате жолдар өткізіп жіберілді ({n}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} possible duplicates were skipped.</source>
        <translation>Өткізіп жіберілген ықтимал қайталанулар: {n}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Undone: {c} cases deleted, {r} merged cases restored, {x} added records deleted.</source>
        <translation>Импорт кері қайтарылды: жойылған істер — {c}, қалпына келтірілген біріктірілген істер — {r}, жойылған қосылған жазбалар — {x}.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location line="-313"/>
        <source>Check before importing</source>
        <translation>Импорт алдында тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dry run: every row is checked and nothing is saved yet.</source>
        <translation>Сынақ іске қосу: әр жол тексеріледі, бірақ әзірге ештеңе сақталмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in the sheet</source>
        <translation>Кестедегі аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row is</source>
        <translation>Жолмен не істеледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases on file</source>
        <translation>Бар істер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip them (import nothing for these rows)</source>
        <translation>Өткізіп жіберу (бұл жолдардан ештеңе импорттамау)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge each into the first case on file</source>
        <translation>Әрқайсысын бар істердің біріншісімен біріктіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as new cases</source>
        <translation>Жаңа істер ретінде қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip invalid rows and import the rest (else the first one stops the import)</source>
        <translation>Қате жолдарды өткізіп жіберіп, қалғандарын импорттау (әйтпесе алғашқы қате жол импортты тоқтатады)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems:</source>
        <translation>Мәселелер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates of cases on file:</source>
        <translation>Бар істердің ықтимал қайталанулары:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates:</source>
        <translation>Ықтимал қайталанулар:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking {n} rows…</source>
        <translation>Жолдар тексерілуде: {n}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{rows} rows: {n} would be imported ({m} merged into cases on file), {bad} have problems, {dup} possible duplicates are skipped.</source>
        <translation>Жолдар: {rows}; импортталатыны: {n} (бар істермен біріктірілетіні: {m}), мәселесі барлары: {bad}, ықтимал қайталану ретінде өткізіп жіберілетіні: {dup}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/sheets/export_dialog.py" line="+81"/>
        <source>Export to a sheet</source>
        <translation>Кестеге экспорттау</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases (the register)</source>
        <translation>Істер (тізім)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines of these cases</source>
        <translation>Осы істердің мерзімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters of these cases (the letter register)</source>
        <translation>Осы істердің хаттары (шығыс хаттар журналы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel кітабы (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Windows-1251 for old Excel (.csv)</source>
        <translation>CSV, Excel-дің ескі нұсқалары үшін Windows-1251 (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma (,)</source>
        <translation>үтір (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon (;), as Russian Excel expects</source>
        <translation>нүктелі үтір (;), орыс тіліндегі Excel-ге қажет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register shows every case: all are exported</source>
        <translation>Тізімде барлық іс көрсетілген: бәрі экспортталады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only what the register shows now: {filter}</source>
        <translation>Тізімде қазір көрсетілгені ғана: {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filtered</source>
        <translation>сүзгімен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export:</source>
        <translation>Не экспортталады:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Пішім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Бөлгіш:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>search “{text}”</source>
        <translation>«{text}» іздеу</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to</source>
        <translation>Қайда экспорттау</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose where to save the file.</source>
        <translation>Файлды қайда сақтау керектігін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {n} rows to {file}.</source>
        <translation>{file} файлына экспортталған жолдар: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} cells had Kazakh letters Windows-1251 cannot hold: they were written with the nearest Russian letter (choose UTF-8 to keep them).</source>
        <translation>{n} ұяшықта Windows-1251 кодтауында жоқ қазақ әріптері болды: олар ең жақын орыс әріптерімен жазылды (оларды сақтау үшін UTF-8 таңдаңыз).</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-211"/>
        <source>What the letter should say</source>
        <translation>Хатта не жазылуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts marked * are needed; the others are printed if typed.</source>
        <translation>* белгісі бар бөліктер міндетті; қалғандары толтырылса, басылады.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="-354"/>
        <source>Choose the sheet</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, its first sheet) or a CSV file in UTF-8 or Windows-1251. The header row is found by its column names.</source>
        <translation>Excel кітабы (.xlsx, оның бірінші парағы) немесе UTF-8 не Windows-1251 кодтауындағы CSV файлы. Тақырып жолы бағандардың атаулары бойынша табылады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path to an .xlsx or .csv file</source>
        <translation>.xlsx немесе .csv файлының жолы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a sheet</source>
        <translation>Кестені импорттау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Кестелер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>Тақырыптан төмен жолдар: {rows}, бағандар: {columns}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV text in {encoding}, separated by {delimiter}.</source>
        <translation>{encoding} кодтауындағы CSV мәтіні, бөлгіш — {delimiter}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook: its first sheet is read.</source>
        <translation>Excel кітабы: оның бірінші парағы оқылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header is row {header}; the data starts at row {first}.</source>
        <translation>Тақырып — {header}-жолда; деректер {first}-жолдан басталады.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="-146"/>
        <source>PDF, JPEG or PNG (a scan or a photo)</source>
        <translation>PDF, JPEG не PNG (скан не фото)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the scan or photo</source>
        <translation>Сканды не фотоны таңдаңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the file: {why}</source>
        <translation>Файлды оқу мүмкін емес: {why}</translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <location filename="../../ui/case_file/finance_panel.py" line="+72"/>
        <source>The PDF was not made</source>
        <translation>PDF жасалмады</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>in tenge</source>
        <translation>теңгемен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Borrowed</source>
        <translation>Алынған қарыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed now</source>
        <translation>Талап етілуде</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Claimed ÷ borrowed</source>
        <translation>Талап етілген ÷ алынған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Paid + claimed) ÷ borrowed</source>
        <translation>(Төленген + талап етілген) ÷ алынған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Penalties and fees in the claim</source>
        <translation>Талаптағы тұрақсыздық айыбы мен комиссиялар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devaluation effect</source>
        <translation>Девальвация әсері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On payments</source>
        <translation>Төлемдер бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the claim</source>
        <translation>Талап бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Larger chart…</source>
        <translation>Үлкен график…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule promised vs paid</source>
        <translation>Кесте бойынша және іс жүзінде төленген</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the loan&apos;s rate and term to compare with its schedule.</source>
        <translation>Кестемен салыстыру үшін қарыздың мөлшерлемесі мен мерзімін қосыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debt history PDF…</source>
        <translation>Борыш тарихы PDF…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The debt figures cannot be worked out: {why}</source>
        <translation>Борыш көрсеткіштерін есептеу мүмкін емес: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loan {no} of {day}, {currency}</source>
        <translation>{day} күнгі {no} қарызы, {currency}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owes {x} what was borrowed, after paying back {paid}.</source>
        <translation>{paid} қайтарылғанына қарамастан, борыш алынған соманың {x} құрайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No debt statement yet: add what the bank or the court claims.</source>
        <translation>Борыш туралы мәлімет әлі жоқ: банк не сот талап ететін соманы қосыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>borrowed at {rate} ₸ of {day}</source>
        <translation>{day} күнгі {rate} ₸ бағамымен алынған</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payment(s), each at its day&apos;s rate</source>
        <translation>
            <numerusform>%n төлем, әрқайсысы өз күнінің бағамымен</numerusform>
            <numerusform>%n төлем, әрқайсысы өз күнінің бағамымен</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>claim of {day}</source>
        <translation>{day} күнгі талап</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What the fall of the tenge added over the contract rate, apart from interest and penalties.</source>
        <translation>Теңгенің құлдырауы сыйақы мен тұрақсыздық айыбынан бөлек, шарттағы бағамнан тыс қосқан сома.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Monthly instalment</source>
        <translation>Айлық жарна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instalments due by {day}</source>
        <translation>{day} дейін төленуі тиіс жарналар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by then</source>
        <translation>Осы күнге дейін төленуі тиіс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by then</source>
        <translation>Осы күнге дейін төленген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behind (arrears)</source>
        <translation>Берешек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not behind</source>
        <translation>берешек жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is, instalments</source>
        <translation>Яғни, жарналар саны</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the debt history as</source>
        <translation>Борыш тарихын сақтау</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/case_file/form_dialog.py" line="+120"/>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../ui/case_file/household_panel.py" line="+42"/>
        <source>Salary</source>
        <translation>Жалақы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pension</source>
        <translation>Зейнетақы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Жәрдемақылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child allowance</source>
        <translation>Бала жәрдемақысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>Басқа кіріс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Food</source>
        <translation>Азық-түлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent</source>
        <translation>Жалдау ақысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities</source>
        <translation>Коммуналдық қызметтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Дәрі-дәрмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Білім беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan payments</source>
        <translation>Қарыз төлемдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>Басқа шығыстар</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Income</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expense</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apartment</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land</source>
        <translation>Жер учаскесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Income {income} · expenses {spent} · left {left}</source>
        <translation>Кіріс {income} · шығыс {spent} · қалды {left}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+70"/>
        <location line="+58"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+94"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Monthly</source>
        <translation>Айлық</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+128"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Area, m²</source>
        <translation>Ауданы, м²</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+134"/>
        <source>Residents</source>
        <translation>Тұрғындар</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+129"/>
        <source>Sole home</source>
        <translation>Жалғыз тұрғын үй</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly income and expenditure</source>
        <translation>Айлық кірістер мен шығыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line…</source>
        <translation>Жол қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+139"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+100"/>
        <source>Property</source>
        <translation>Мүлік</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Budget line</source>
        <translation>Бюджет жолы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New budget line</source>
        <translation>Жаңа бюджет жолы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Monthly amount</source>
        <translation>Айлық сомасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. {amount}</source>
        <translation>мысалы, {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New property</source>
        <translation>Жаңа мүлік</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the family&apos;s only home</source>
        <translation>отбасының жалғыз тұрғын үйі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>construction not finished</source>
        <translation>құрылысы аяқталмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfinished</source>
        <translation>Аяқталмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of them minors</source>
        <translation>Оның ішінде кәмелетке толмағандар</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete “{what}”?</source>
        <translation>«{what}» жойылсын ба?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="+503"/>
        <source>Import cases from a sheet</source>
        <translation>Істерді кестеден импорттау</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/widgets/intake_dialog.py" line="+62"/>
        <source>New person at the meeting</source>
        <translation>Жиналыстағы жаңа адам</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname, first name, patronymic</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits, if they have it with them</source>
        <translation>12 сан, егер жанында болса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;City:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;roblem:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank or lender, if any</source>
        <translation>Банк не қарыз беруші, егер болса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank:</source>
        <translation>&amp;Банк:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount borrowed, e.g. 15 000 000</source>
        <translation>Алынған қарыз сомасы, мысалы, 15 000 000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan &amp;amount:</source>
        <translation>Қарыз &amp;сомасы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates they already know</source>
        <translation>Белгілі күндер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the hearing, if known</source>
        <translation>Сот отырысының уақыты, егер белгілі болса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;hearing:</source>
        <translation>Келесі сот &amp;отырысы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date on the decision in final form: the month to appeal runs from it.</source>
        <translation>Түпкілікті нысандағы шешімдегі күн: апелляциялық шағымның бір айлық мерзімі осыдан басталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decision (final form):</source>
        <translation>&amp;Шешім (түпкілікті):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Eviction date:</source>
        <translation>Үйден &amp;шығару күні:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+206"/>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+210"/>
        <source>Cases with the same IIN or phone, or a similar name, show here.</source>
        <translation>ЖСН-ы не телефоны бірдей, не аты-жөні ұқсас істер осында көрсетіледі.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Saved this meeting</source>
        <translation>Осы жиналыста сақталды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S: save and close</source>
        <translation>Ctrl+S: сақтап, жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;next</source>
        <translation>Сақтап, &amp;келесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter: save, then clear the form for the next person</source>
        <translation>Enter: сақтап, келесі адам үшін пішінді тазарту</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Mortgage</source>
        <translation>Ипотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer loan</source>
        <translation>Тұтынушылық қарыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microfinance</source>
        <translation>Микроқаржы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor</source>
        <translation>Кепілгер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction</source>
        <translation>Үйден шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankruptcy</source>
        <translation>Банкроттық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not a date: write it as dd.mm.yyyy, e.g. 15.12.2026</source>
        <translation>күн емес: кк.аа.жжжж түрінде жазыңыз, мысалы, 15.12.2026</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a time: write it as hh:mm, e.g. 10:30</source>
        <translation>уақыт емес: сс:мм түрінде жазыңыз, мысалы, 10:30</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not look for duplicates: {why}</source>
        <translation>Қайталануларды іздеу мүмкін болмады: {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Possibly already on file: 1</source>
        <translation>Бұрын тіркелген болуы мүмкін: 1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Possibly already on file: %n</source>
        <translation>
            <numerusform>Бұрын тіркелген болуы мүмкін: %n</numerusform>
            <numerusform>Бұрын тіркелген болуы мүмкін: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the case of {name} instead?</source>
        <translation>Оның орнына {name} ісін ашу керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here for this person is not saved.</source>
        <translation>Осы адам туралы мұнда жазғаныңыз сақталмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open that case</source>
        <translation>Сол істі ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep typing</source>
        <translation>Жазуды жалғастыру</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This may be someone already on file.</source>
        <translation>Бұл бұрын тіркелген адам болуы мүмкін.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This may be one of %n people already on file.</source>
        <translation>
            <numerusform>Бұл бұрын тіркелген %n адамның бірі болуы мүмкін.</numerusform>
            <numerusform>Бұл бұрын тіркелген %n адамның бірі болуы мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a new case anyway? Click a name in the list to open it instead.</source>
        <translation>Бәрібір жаңа іс ретінде сақтау керек пе? Оның орнына ашу үшін тізімдегі атты шертіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new</source>
        <translation>Жаңа ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved this meeting: none yet</source>
        <translation>Осы жиналыста сақталды: әзірге жоқ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved this meeting: %n</source>
        <translation>
            <numerusform>Осы жиналыста сақталды: %n</numerusform>
            <numerusform>Осы жиналыста сақталды: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeLists</name>
    <message>
        <location filename="../../ui/models/intake_lists.py" line="+30"/>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>телефон бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>аты-жөні ұқсас</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>IIN {iin}</source>
        <translation>ЖСН {iin}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to open this case instead</source>
        <translation>Оның орнына осы істі ашу үшін шертіңіз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}
{deadline} by {date}</source>
        <translation>{name}
{deadline}: {date} дейін</translation>
    </message>
</context>
<context>
    <name>LetterFieldsForm</name>
    <message>
        <location filename="../../ui/letters/fields_form.py" line="+46"/>
        <source>This letter needs nothing more: go on to the preview.</source>
        <translation>Бұл хатқа басқа ештеңе қажет емес: алдын ала қарауға өтіңіз.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+14"/>
        <source>Needed for this letter</source>
        <translation>Бұл хатқа қажет</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>At most {n} characters</source>
        <translation>Ең көбі {n} таңба</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The letter also needs: {what}</source>
        <translation>Хатқа тағы қажет: {what}</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../ui/letters/register_model.py" line="+45"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Борышкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>To: {who}</source>
        <translation>Алушы: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reminder to ask about the reply, not a legal time limit</source>
        <translation>Жауап туралы сұрау үшін еске салу, заңды мерзім емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from the day it was sent until the day it was received</source>
        <translation>Жіберілген күннен алынған күнге дейін есептеледі</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>awaiting</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(reminder)</source>
        <translation>(еске салу)</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-90"/>
        <source>reply deadline</source>
        <translation>жауап мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder after {n} days</source>
        <translation>{n} күннен кейін еске салу</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>New letter: {name}</source>
        <translation>Жаңа хат: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save the letter as</source>
        <translation>Хатты сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save the letter</source>
        <translation>Хатты сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the letter</source>
        <translation>Хатты басып шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot print the letter</source>
        <translation>Хатты басып шығару мүмкін емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed {n} page(s)</source>
        <translation>{n} бет басылды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write a letter</source>
        <translation>Хат жазу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters_page.py" line="+78"/>
        <source>Debtor&apos;s name</source>
        <translation>Борышкердің аты-жөні</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awaiting a reply</source>
        <translation>Жауап күтілуде</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Жаңа хат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch…</source>
        <translation>&amp;Топтама…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on…</source>
        <translation>Жіберілген күні…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received…</source>
        <translation>Жауап алынды…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Үлгілер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a built-in letter to your own templates, edit it, preview it</source>
        <translation>Кірістірілген хатты өз үлгілеріңізге көшіріп, өңдеп, алдын ала қараңыз</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/pages/registry.py" line="+9"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Every kind of letter</source>
        <translation>Хаттың барлық түрі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type dates as dd.mm.yyyy</source>
        <translation>Күндерді кк.аа.жжжж түрінде жазыңыз</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n}{more} letters</source>
        <translation>{n}{more} хат</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Save the letter as</source>
        <translation>Хатты сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the letter</source>
        <translation>Хатты сақтау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../ui/case_file/letters_tab.py" line="+92"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>кіріс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Жаңа хат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter for this case with the letter wizard</source>
        <translation>Хат шеберімен осы іс бойынша хат жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a paper…</source>
        <translation>Құжат тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scan or photo (PDF, JPEG, PNG) of a paper received</source>
        <translation>Алынған құжаттың сканы не фотосы (PDF, JPEG, PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>Қарау бағдарламасында &amp;ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it in the system&apos;s PDF or picture viewer</source>
        <translation>Жүйенің PDF не сурет қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on…</source>
        <translation>Жіберілген күні…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by addressee on…</source>
        <translation>Алушы алған күні…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date on the stamped copy: the reply deadline is counted from it</source>
        <translation>Мөртабан басылған көшірмедегі күн: жауап мерзімі осыдан есептеледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply received…</source>
        <translation>Жауап алынды…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the reply came; attach the reply at once</source>
        <translation>Жауап келген күн; жауапты бірден тіркеңіз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No letters or papers for this case yet.</source>
        <translation>Бұл іс бойынша әлі хат не құжат жоқ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Letters and papers</source>
        <translation>Хаттар мен құжаттар</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Incoming paper, {size}</source>
        <translation>Кіріс құжат, {size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(reminder)</source>
        <translation>(еске салу)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(provisional)</source>
        <translation>(алдын ала)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reminder to ask about the reply, not a legal time limit</source>
        <translation>Жауап туралы сұрау үшін еске салу, заңды мерзім емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from the day it was sent until the day it was received is recorded</source>
        <translation>Алынған күні жазылғанға дейін жіберілген күннен есептеледі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>awaiting</source>
        <translation>күтілуде</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot open the paper</source>
        <translation>Құжатты ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show this file was found. Use “Save as…” instead.</source>
        <translation>Бұл файлды көрсететін бағдарлама табылмады. Оның орнына «Басқаша сақтау…» пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the file</source>
        <translation>Файлды сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write a letter</source>
        <translation>Хат жазу мүмкін емес</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>type the date</source>
        <translation>күнді жазыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by the addressee</source>
        <translation>Алушы алды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received on (stamped copy):</source>
        <translation>Алынған күні (мөртабанды көшірме):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{no}: reply due {day}</source>
        <translation>{no}: жауап мерзімі {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{no}: recorded</source>
        <translation>{no}: жазылды</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location filename="../../ui/case_file/loans_tab.py" line="+52"/>
        <source>Creditor</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+159"/>
        <source>Borrowed</source>
        <translation>Алынған қарыз</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Rate, %</source>
        <translation>Мөлшерлеме, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term, months</source>
        <translation>Мерзімі, ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Paid</source>
        <translation>Төленді</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Claimed now</source>
        <translation>Талап етілуде</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Newest debt statement, {day}</source>
        <translation>Борыш туралы соңғы мәлімет, {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No debt statement yet</source>
        <translation>Борыш туралы мәлімет әлі жоқ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of</source>
        <translation>Күнгі жағдай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Негізгі борыш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Сыйақы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalties</source>
        <translation>Тұрақсыздық айыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Комиссиялар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add loan…</source>
        <translation>Қарыз қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add payment…</source>
        <translation>Төлем қосу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add statement…</source>
        <translation>Мәлімет қосу…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No loans recorded yet. Add the loan contract first.</source>
        <translation>Әлі қарыз жазылмаған. Алдымен қарыз шартын қосыңыз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payments</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt statements (what the bank or court claims)</source>
        <translation>Борыш туралы мәліметтер (банк не сот талап ететін сома)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loans &amp;&amp; debt</source>
        <translation>Қарыздар мен борыш</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Money</source>
        <translation>Ақша</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No loans yet.</source>
        <translation>Әзірге қарыз жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n loan(s) without a debt statement</source>
        <translation>
            <numerusform>Борыш туралы мәліметі жоқ %n қарыз</numerusform>
            <numerusform>Борыш туралы мәліметі жоқ %n қарыз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit loan</source>
        <translation>Қарызды өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add loan</source>
        <translation>Қарыз қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor:</source>
        <translation>Кредитор:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contract no.:</source>
        <translation>Шарт №:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract date:</source>
        <translation>Шарт күні:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+93"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Amount borrowed:</source>
        <translation>Қарыз сомасы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annual rate, %:</source>
        <translation>Жылдық мөлшерлеме, %:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term, months:</source>
        <translation>Мерзімі, ай:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule:</source>
        <translation>Кесте:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collateral:</source>
        <translation>Кепіл мүлкі:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete loan</source>
        <translation>Қарызды жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the loan {no} with its payments and debt statements?</source>
        <translation>{no} қарызы төлемдерімен және борыш туралы мәліметтерімен бірге жойылсын ба?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a loan to see its payments and statements</source>
        <translation>Төлемдері мен мәліметтерін көру үшін қарызды таңдаңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan {no} — {creditor}</source>
        <translation>{no} қарызы — {creditor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creditor unknown</source>
        <translation>кредитор белгісіз</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add payment</source>
        <translation>Төлем қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date paid:</source>
        <translation>Төленген күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Сомасы:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add debt statement</source>
        <translation>Борыш туралы мәлімет қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>Күнгі жағдай:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principal:</source>
        <translation>Негізгі борыш:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest:</source>
        <translation>Сыйақы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalties:</source>
        <translation>Тұрақсыздық айыбы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees:</source>
        <translation>Комиссиялар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank&apos;s letter of …, court claim …</source>
        <translation>банктің … күнгі хаты, сотқа талап қою арызы …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete payment</source>
        <translation>Төлемді жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the payment of {amount} on {day}?</source>
        <translation>{day} күнгі {amount} төлемі жойылсын ба?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete debt statement</source>
        <translation>Борыш туралы мәліметті жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the debt statement as of {day}?</source>
        <translation>{day} күнгі борыш туралы мәлімет жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+189"/>
        <source>&amp;Find case</source>
        <translation>Істі &amp;табу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New person at the meeting…</source>
        <translation>Жиналыстағы &amp;жаңа адам…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot open the case</source>
        <translation>Істі ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database: {db}</source>
        <translation>Дерекқор: {db}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only</source>
        <translation>Тек оқу үшін</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody chosen (see Settings)</source>
        <translation>ешкім таңдалмаған (Баптауларды қараңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor: {name}</source>
        <translation>Кеңесші: {name}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="-479"/>
        <source>Which column is which</source>
        <translation>Бағандардың сәйкестігі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check each field&apos;s column; a field left at “not in the sheet” stays empty. The name is required. Your choice is remembered for sheets with these headers.</source>
        <translation>Әр өрістің бағанын тексеріңіз; «кестеде жоқ» деп қалдырылған өріс бос қалады. Аты-жөні міндетті. Таңдауыңыз осындай тақырыптары бар кестелер үшін есте сақталады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column of the sheet</source>
        <translation>Кестенің бағаны</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The first rows as they will be read:</source>
        <translation>Алғашқы жолдар қалай оқылады:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remembered from the last import of a sheet with these headers.</source>
        <translation>Осындай тақырыптары бар кестені соңғы импорттаудан есте сақталған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guessed from the header names.</source>
        <translation>Бағандардың атауларына қарай анықталды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not in the sheet —</source>
        <translation>— кестеде жоқ —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the column of the debtor&apos;s name.</source>
        <translation>Борышкердің аты-жөні бағанын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
</context>
<context>
    <name>MeetingSheetDialog</name>
    <message>
        <location filename="../../ui/today/meeting_dialog.py" line="+51"/>
        <source>Meeting sheet</source>
        <translation>Жиналыс парағы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearings in the next</source>
        <translation>Алдағы сот отырыстары:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Making the sheet…</source>
        <translation>Парақ жасалуда…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the meeting sheet as</source>
        <translation>Жиналыс парағын сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {path}: {why}</source>
        <translation>{path} сақталмады: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the meeting sheet</source>
        <translation>Жиналыс парағын басып шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot print: {why}</source>
        <translation>Басып шығару мүмкін емес: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>%n бет басылды.</numerusform>
            <numerusform>%n бет басылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/widgets/rail.py" line="+109"/>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="+42"/>
        <source>Choose a passphrase</source>
        <translation>Құпия фразаны таңдаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted database</source>
        <translation>Шифрланған дерекқор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database will be encrypted with this passphrase. Without it nobody, you included, can open the database or its backups.</source>
        <translation>Дерекқор осы құпия фразамен шифрланады. Онсыз ешкім, оның ішінде сіз де, дерекқорды не оның сақтық көшірмелерін аша алмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is encrypted. Type its passphrase to open it.</source>
        <translation>Бұл дерекқор шифрланған. Ашу үшін оның құпия фразасын жазыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Құпия фраза қайтадан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <translation>Қайтадан:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtdesk keeps it in memory while the database is open and never saves it.</source>
        <translation>debtdesk оны дерекқор ашық тұрғанда жадта ұстайды және ешқашан сақтамайды.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба.</numerusform>
            <numerusform>Кемінде %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That passphrase does not open this database. Try again.</source>
        <translation>Бұл құпия фраза дерекқорды ашпайды. Қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/widgets/password_dialog.py" line="+25"/>
        <source>Database password</source>
        <translation>Дерекқор құпиясөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server asks for a password.</source>
        <translation>Дерекқор сервері құпиясөз сұрайды.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>debtdesk does not save it. To connect without this question, put it in your PostgreSQL password file (.pgpass).</source>
        <translation>debtdesk оны сақтамайды. Бұл сұрақсыз қосылу үшін оны PostgreSQL құпиясөз файлына (.pgpass) жазыңыз.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server did not accept the password.</source>
        <translation>Сервер құпиясөзді қабылдамады.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="+68"/>
        <source>Nothing to show</source>
        <translation>Көрсететін ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page to the width</source>
        <translation>Бетті ені бойынша сыйғызу</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This PDF cannot be shown</source>
        <translation>Бұл PDF-ты көрсету мүмкін емес</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This image cannot be shown</source>
        <translation>Бұл суретті көрсету мүмкін емес</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Page {n} of {total}</source>
        <translation>{n}-бет / {total}</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../ui/case_file/person_tab.py" line="+69"/>
        <source>12 digits</source>
        <translation>12 сан</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma-separated, e.g. pensioner, activist</source>
        <translation>үтір арқылы, мысалы: зейнеткер, белсенді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case and household</source>
        <translation>Іс және отбасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of them minors</source>
        <translation>оның ішінде кәмелетке толмағандар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vulnerable</source>
        <translation>Әлеуметтік осал</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent given</source>
        <translation>Келісім берілген күн</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person &amp;&amp; household</source>
        <translation>Адам және отбасы</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-334"/>
        <source>Check the letter</source>
        <translation>Хатты тексеріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the letter as it will print; it gets its number when registered.</source>
        <translation>Хат басылатын түрінде көрсетілген; тіркелгенде оған нөмір беріледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handed in or posted on</source>
        <translation>Тапсырылған не жіберілген күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline is counted from this day</source>
        <translation>Жауап мерзімі осы күннен есептеледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала көрініс дайындалуда…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} page(s). Nothing is registered yet.</source>
        <translation>{n} бет. Әзірге ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter needs: {what}</source>
        <translation>Хатқа қажет: {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the day it was handed in or posted</source>
        <translation>Тапсырылған не жіберілген күнді жазыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registering the letter…</source>
        <translation>Хат тіркелуде…</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+42"/>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-224"/>
        <source>To whom, in which language?</source>
        <translation>Кімге, қай тілде?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recipient (from the case)</source>
        <translation>Алушы (істен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the letter</source>
        <translation>Хаттың тілі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no address recorded)</source>
        <translation>(мекенжай жазылмаған)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the letter&apos;s own addressee)</source>
        <translation>(хаттың өз алушысы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case gives no addressee for this letter: the template prints its default, or type one under Addressee on the next page if it asks.</source>
        <translation>Істе бұл хаттың алушысы жоқ: үлгі әдепкі алушыны басады, не сұраса, келесі беттегі «Алушы» өрісіне жазыңыз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The debtor&apos;s language: {lang}</source>
        <translation>Борышкердің тілі: {lang}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../ui/case_file/record_tab.py" line="+80"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../../ui/reports/summary.py" line="+70"/>
        <source>Families helped</source>
        <translation>Көмек алған отбасылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Ашық істер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court hearings</source>
        <translation>Сот отырыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with someone from the group</source>
        <translation>оның ішінде топ мүшелерінің қатысуымен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions won</source>
        <translation>Борышкер пайдасына шешімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions lost</source>
        <translation>Борышкерге қарсы шешімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction dates scheduled</source>
        <translation>Үйден шығарудың белгіленген күндері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evictions stopped</source>
        <translation>Тоқтатылған үйден шығарулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowed</source>
        <translation>Алынған қарыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Талап етілген сома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters sent</source>
        <translation>Жіберілген хаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies received</source>
        <translation>Алынған жауаптар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="+3"/>
        <location filename="../../ui/pages/reports_page.py" line="+221"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="-136"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Басқа кезең</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Өткен тоқсан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Өткен жыл</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+73"/>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+166"/>
        <location line="+158"/>
        <source>All cities</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Language of the report</source>
        <translation>Есептің тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the range and press Show.</source>
        <translation>Кезеңді таңдап, «Көрсету» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save &amp;PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save sp&amp;readsheet…</source>
        <translation>Кестені сақ&amp;тау…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+126"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{where}: {months}</source>
        <translation>{where}: {months}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fewer than {n} families: the figures are withheld, so that no family can be recognised in them.</source>
        <translation>{n} отбасыдан аз: олар бойынша ешбір отбасыны тануға болмас үшін сандар көрсетілмейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} loans or claims have no tenge rate for their date and are left out of the sums.</source>
        <translation>Өз күніне теңге бағамы жоқ қарыздар мен талаптар сомаларға кірмеді: {n}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>movement-figures</source>
        <translation>қозғалыс-көрсеткіштері</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Cannot save the report</source>
        <translation>Есепті сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save the figures as a spreadsheet</source>
        <translation>Сандарды кесте ретінде сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/widgets/vault_panel.py" line="+67"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to put back. The database in use now is not deleted: it is kept in {folder}.</source>
        <translation>Қайтаратын сақтық көшірмені таңдаңыз. Қазір пайдаланылып жатқан дерекқор жойылмайды: ол {folder} қалтасында сақталады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>made on closing</source>
        <translation>жабу кезінде жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a database a restore replaced</source>
        <translation>қалпына келтіру алмастырған дерекқор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made before an upgrade</source>
        <translation>жаңарту алдында жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted</source>
        <translation>шифрланған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>шифрланбаған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups yet in {folder}</source>
        <translation>{folder} қалтасында әзірге сақтық көшірме жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another file…</source>
        <translation>Басқа файл…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a backup file</source>
        <translation>Сақтық көшірме файлын таңдаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debtdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>debtdesk дерекқорлары (*.sqlite3 *.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="+187"/>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows go in together: Cancel leaves the cases as they were.</source>
        <translation>Барлық жолдар бірге импортталады: «Бас тарту» істерді бұрынғы күйінде қалдырады.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Importing {n} rows…</source>
        <translation>Жолдар импортталуда: {n}…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Go back to tick “skip invalid rows”, or correct the sheet.</source>
        <translation>Артқа оралып, «Қате жолдарды өткізіп жіберу» белгісін қойыңыз немесе кестені түзетіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Тоқтатылды: ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/today/section_box.py" line="+64"/>
        <location line="+64"/>
        <source>Nothing here.</source>
        <translation>Мұнда ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>loading…</source>
        <translation>жүктелуде…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all {n}</source>
        <translation>Барлығын көрсету ({n})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="+6"/>
        <location filename="../../ui/pages/settings_page.py" line="+101"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+20"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In use:</source>
        <translation>Қолданыста:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: {why}</source>
        <translation>Тек оқу үшін: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create a database file…</source>
        <translation>Дерекқор файлын ашу не жасау…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this laptop:</source>
        <translation>Осы ноутбукте:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL address</source>
        <translation>PostgreSQL мекенжайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared server:</source>
        <translation>Ортақ сервер:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>debtdesk never saves a server password. It takes it from your PostgreSQL password file (.pgpass) or asks for it each time.</source>
        <translation>debtdesk сервер құпиясөзін ешқашан сақтамайды. Оны PostgreSQL құпиясөз файлынан (.pgpass) алады не әр жолы сұрайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety:</source>
        <translation>Қауіпсіздік:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working as:</source>
        <translation>Кім ретінде жұмыс істейсіз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New advisor:</source>
        <translation>Жаңа кеңесші:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your changes are recorded in the audit log under this name. This laptop remembers it.</source>
        <translation>Өзгерістеріңіз аудит журналына осы атпен жазылады. Бұл ноутбук оны есте сақтайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface:</source>
        <translation>Интерфейс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect when debtdesk starts again.</source>
        <translation>debtdesk қайта іске қосылғанда күшіне енеді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor&apos;s own language</source>
        <translation>Борышкердің өз тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New letters:</source>
        <translation>Жаңа хаттар:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same for everyone who works on this database.</source>
        <translation>Осы дерекқормен жұмыс істейтін барлығына бірдей.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(nobody chosen)</source>
        <translation>(ешкім таңдалмаған)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a database file</source>
        <translation>Дерекқор файлын ашу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtdesk databases ({patterns})</source>
        <translation>debtdesk дерекқорлары ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../ui/templates/editor.py" line="+60"/>
        <source>Templates</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing checklists</source>
        <translation>Сот отырысына дайындық тізімдері</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy to my templates</source>
        <translation>Менің үлгілеріме &amp;көшіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your copy replaces the built-in template for every letter</source>
        <translation>Сіздің көшірмеңіз барлық хат үшін кірістірілген үлгіні алмастырады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert to the built-in…</source>
        <translation>Кірістірілгенге &amp;қайтару…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for errors, with the chosen case if any</source>
        <translation>Қателерді іздеу, таңдалған іс болса, сонымен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved only when the template has no error (checked with the chosen case)</source>
        <translation>Үлгіде қате болмағанда ғана сақталады (таңдалған іспен тексеріледі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a name to find a case</source>
        <translation>Істі табу үшін атын жазыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debtor&apos;s copy</source>
        <translation>Борышкердің данасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor&apos;s copy</source>
        <translation>Кеңесшінің данасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case:</source>
        <translation>Іс:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your templates: {folder}</source>
        <translation>Сіздің үлгілеріңіз: {folder}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>built-in</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my copy</source>
        <translation>менің көшірмем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>менікі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broken</source>
        <translation>қатесі бар</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Built-in (read-only): copy it to your templates to edit it.</source>
        <translation>Кірістірілген (тек оқу үшін): өзгерту үшін оны өз үлгілеріңізге көшіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <source>Your copy: letters use this text.</source>
        <translation>Сіздің көшірмеңіз: хаттар осы мәтінді пайдаланады.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Built-in text (no copy of this language).</source>
        <translation>Кірістірілген мәтін (бұл тілде көшірме жоқ).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved template</source>
        <translation>Сақталмаған үлгі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to {key} ({lang})?</source>
        <translation>{key} ({lang}) өзгерістерін сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied to your templates: {files}. You can edit it now.</source>
        <translation>Үлгілеріңізге көшірілді: {files}. Енді оны өзгертуге болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing new</source>
        <translation>жаңа ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: the template has an error.</source>
        <translation>Сақталмады: үлгіде қате бар.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {key} ({lang}): letters use it from now on.</source>
        <translation>{key} ({lang}) сақталды: бұдан былай хаттар соны пайдаланады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revert to the built-in</source>
        <translation>Кірістірілгенге қайтару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete your copy of {key} (every language) and use the built-in template again? Your edits are lost.</source>
        <translation>{key} көшірмеңізді (барлық тілде) жойып, қайтадан кірістірілген үлгіні пайдалану керек пе? Өзгерістеріңіз жоғалады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{key} is the built-in template again.</source>
        <translation>{key} қайтадан кірістірілген үлгі.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The check found an error.</source>
        <translation>Тексеру қате тапты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No error found (rendered for {case}).</source>
        <translation>Қате табылмады ({case} үшін жасалды).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No error found (syntax only: choose a case to check more).</source>
        <translation>Қате табылмады (тек синтаксис: толығырақ тексеру үшін істі таңдаңыз).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose a case to preview with.</source>
        <translation>Алдын ала қарау үшін істі таңдаңыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the preview…</source>
        <translation>Алдын ала көрініс дайындалуда…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} page(s), from the text in the editor (saved or not).</source>
        <translation>{n} бет, редактордағы мәтіннен (сақталған не сақталмаған).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No preview: see the error.</source>
        <translation>Алдын ала көрініс жоқ: қатені қараңыз.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-171"/>
        <source>Which letter?</source>
        <translation>Қай хат?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {name}: the letters this case has the data for.</source>
        <translation>{name} үшін: осы істе деректері бар хаттар.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also show letters this case lacks data for</source>
        <translation>Істе деректері жетпейтін хаттарды да көрсету</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The case lacks: {what}</source>
        <translation>Істе жетпейді: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lacks: {what}</source>
        <translation>жетпейді: {what}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} more letters need data this case does not have yet.</source>
        <translation>Тағы {n} хатқа осы істе әлі жоқ деректер қажет.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/case_file/timeline_tab.py" line="+58"/>
        <source>the person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget line</source>
        <translation>бюджет жолы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a property</source>
        <translation>мүлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a loan</source>
        <translation>қарыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment</source>
        <translation>төлем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a debt statement</source>
        <translation>борыш туралы мәлімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a court case</source>
        <translation>сот ісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deadline</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a letter</source>
        <translation>хат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attachment</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist</source>
        <translation>дайындық тізімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist item</source>
        <translation>дайындық тізімінің тармағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>мәселе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household size</source>
        <translation>отбасы құрамы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minors</source>
        <translation>кәмелетке толмағандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vulnerable status</source>
        <translation>әлеуметтік осалдық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent date</source>
        <translation>келісім күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advisor</source>
        <translation>кеңесші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>белгілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>сомасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>санат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number</source>
        <translation>іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>нәтиже</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the event “{kind}”</source>
        <translation>«{kind}» оқиғасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened the case</source>
        <translation>Іс ашылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {thing}</source>
        <translation>Қосылды: {thing}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed {thing}</source>
        <translation>Өзгертілді: {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed {thing}: {fields}</source>
        <translation>Өзгертілді: {thing}: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {thing}</source>
        <translation>Жойылды: {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {thing}</source>
        <translation>Импортталды: {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased the personal data of {thing}</source>
        <translation>Жеке деректер өшірілді: {thing}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="+25"/>
        <source>What happened, what was agreed, what is next…</source>
        <translation>Не болды, не туралы келісілді, келесі не…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Ескертпе қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="-21"/>
        <location filename="../../ui/pages/today_page.py" line="+171"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="-79"/>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the cases of {name}</source>
        <translation>Тек {name} істері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No advisor is set for this database</source>
        <translation>Бұл дерекқор үшін кеңесші белгіленбеген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print meeting sheet…</source>
        <translation>Жиналыс парағын басу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week&apos;s hearings, evictions and auctions, to read out at the meeting</source>
        <translation>Жиналыста оқып беру үшін осы аптадағы сот отырыстары, үйден шығарулар мен сауда-саттықтар</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Homes in danger: evictions and auctions within 30 days</source>
        <translation>Қатердегі үйлер: 30 күн ішіндегі үйден шығару мен сауда-саттық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue deadlines</source>
        <translation>Мерзімі өткен мерзімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines in the next 14 days</source>
        <translation>Алдағы 14 күндегі мерзімдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearings this week</source>
        <translation>Осы аптадағы сот отырыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Who goes”: who from the group will attend. Nobody yet? Ask the meeting.</source>
        <translation>«Кім барады»: топтан кім қатысады. Әзірге ешкім жоқ па? Жиналыстан сұраңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters awaiting a reply past their date</source>
        <translation>Жауап мерзімі өткен хаттар</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All advisors</source>
        <translation>Барлық кеңесшілер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cities</source>
        <translation>Барлық қалалар</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Today: {date}</source>
        <translation>Бүгін: {date}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Marked done: {what} — {who}</source>
        <translation>Орындалды деп белгіленді: {what} — {who}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open again: {what} — {who}</source>
        <translation>Қайта ашылды: {what} — {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone else changed this deadline meanwhile; the list is read again.</source>
        <translation>Осы уақытта бұл мерзімді басқа біреу өзгертті; тізім қайта оқылды.</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <location filename="../../ui/today/section_model.py" line="+52"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day late</source>
        <translation>
            <numerusform>%n күн кешікті</numerusform>
            <numerusform>%n күн кешікті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n күн кешікті</numerusform>
            <numerusform>%n күн кешікті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nobody yet</source>
        <translation>әзірге ешкім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debtor</source>
        <translation>Борышкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation>Іс №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who goes</source>
        <translation>Кім барады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Mark done: {what}</source>
        <translation>Орындалды деп белгілеу: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark this deadline done (you can undo it)</source>
        <translation>Бұл мерзімді орындалды деп белгілеу (болдырмауға болады)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody from the group is down to go yet; the case&apos;s advisor is {name}</source>
        <translation>Топтан әзірге ешкім баратын болып жазылмаған; істің кеңесшісі — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>белгіленбеген</translation>
    </message>
</context>
<context>
    <name>UndoStrip</name>
    <message>
        <location filename="../../ui/today/undo_strip.py" line="+29"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the deadline again (Ctrl+Z)</source>
        <translation>Мерзімді қайта ашу (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
</context>
<context>
    <name>VaultPanel</name>
    <message>
        <location filename="../../ui/widgets/vault_panel.py" line="+35"/>
        <location line="+83"/>
        <source>Back up now</source>
        <translation>Көшірме жасау</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Restore a backup…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt this database…</source>
        <translation>Шифрлау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Фразаны өзгерту…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>On a server: its keeper backs it up and protects it.</source>
        <translation>Серверде: оның сақтық көшірмесін және қорғауын сервер иесі жасайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s keeper backs it up: see docs/SECURITY.md.</source>
        <translation>Сақтық көшірмені сервер иесі жасайды: docs/SECURITY.md қараңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypted: without the passphrase nobody can read the file or its backups.</source>
        <translation>Шифрланған: құпия фразасыз ешкім файлды не оның көшірмелерін оқи алмайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not encrypted: whoever gets this laptop or a copy of the file can read it.</source>
        <translation>Шифрланбаған: бұл ноутбукті не файлдың көшірмесін алған кез келген адам оны оқи алады.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copying the database…</source>
        <translation>Дерекқор көшірілуде…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up (encrypted) to {path}</source>
        <translation>Сақтық көшірме (шифрланған) жасалды: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to {path}. It is not encrypted: keep copies of it somewhere safe.</source>
        <translation>Сақтық көшірме жасалды: {path}. Ол шифрланбаған: көшірмелерін қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Put the backup of {made} in place of the database? Changes made since then are not in it. The database in use now is kept in {folder}. debtdesk closes the window and opens it again.</source>
        <translation>{made} күнгі сақтық көшірмені дерекқордың орнына қою керек пе? Одан кейінгі өзгерістер онда жоқ. Қазіргі дерекқор {folder} қалтасында сақталады. debtdesk терезені жауып, қайта ашады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Older backups</source>
        <translation>Ескі сақтық көшірмелер</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older backups of this database are not encrypted. Whoever gets them reads them. Encrypt them with the new passphrase, or delete them?</source>
        <translation>
            <numerusform>Бұл дерекқордың %n ескі сақтық көшірмесі шифрланбаған. Оларды алған кез келген адам оқи алады. Жаңа құпия фразамен шифрлау керек пе, әлде жою керек пе?</numerusform>
            <numerusform>Бұл дерекқордың %n ескі сақтық көшірмесі шифрланбаған. Оларды алған кез келген адам оқи алады. Жаңа құпия фразамен шифрлау керек пе, әлде жою керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt them</source>
        <translation>Оларды шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete them</source>
        <translation>Оларды жою</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+320"/>
        <source>The database {path} is encrypted and no passphrase was given.</source>
        <translation>{path} дерекқоры шифрланған, ал құпия фраза берілмеді.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>debtdesk cannot open the database</source>
        <translation>debtdesk дерекқорды аша алмайды</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+277"/>
        <source>Unexpected error: {error}</source>
        <translation>Күтпеген қате: {error}</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>debtdesk opens the database on this laptop instead: {path}</source>
        <translation>debtdesk оның орнына осы ноутбуктегі дерекқорды ашады: {path}</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Checking the backup in full and putting it in place…</source>
        <translation>Сақтық көшірме толық тексеріліп, орнына қойылуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypting the database and its older backups. A big database takes minutes; the plain file is removed only when the encrypted one is checked.</source>
        <translation>Дерекқор және оның ескі сақтық көшірмелері шифрлануда. Үлкен дерекқорға бірнеше минут кетеді; шифрланбаған файл шифрланған файл тексерілгеннен кейін ғана жойылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the passphrase of the database and its backups…</source>
        <translation>Дерекқор мен оның көшірмелерінің құпия фразасы өзгертілуде…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>debtdesk could not back up the database</source>
        <translation>debtdesk дерекқордың сақтық көшірмесін жасай алмады</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="+17"/>
        <location line="+16"/>
        <source>Type the date</source>
        <translation>Күнді жазыңыз</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Sent on:</source>
        <translation>Жіберілген күні:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reply received on:</source>
        <translation>Жауап алынған күн:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply (optional):</source>
        <translation>Жауап (міндетті емес):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to:</source>
        <translation>Тиесілі:</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+98"/>
        <source>Changed by someone else</source>
        <translation>Басқа біреу өзгертті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another advisor</source>
        <translation>басқа кеңесші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by {who} at {when}: reload or keep yours?</source>
        <translation>{when} кезінде {who} өзгертті: қайта жүктеу ме, әлде өзіңіздікін қалдыру ма?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload shows their version and drops your edits. Keep yours saves your version over theirs.</source>
        <translation>«Қайта жүктеу» оның нұсқасын көрсетеді, сіздің өзгерістеріңіз жойылады. «Менікін қалдыру» сіздің нұсқаңызды оның нұсқасының үстіне сақтайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../../ui/case_file/inputs.py" line="+80"/>
        <source>not a date: {text} (type it as dd.mm.yyyy)</source>
        <translation>күн емес: {text} (кк.аа.жжжж түрінде жазыңыз)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a time: {text} (type it as hh:mm)</source>
        <translation>уақыт емес: {text} (сс:мм түрінде жазыңыз)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick the date in a calendar</source>
        <translation>Күнді күнтізбеден таңдау</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/case_file/labels.py" line="+24"/>
        <source>Claim</source>
        <translation>Талап қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court order</source>
        <translation>Сот бұйрығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Cassation</source>
        <translation>Кассация</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Enforcement</source>
        <translation>Атқарушылық іс жүргізу</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Eviction</source>
        <translation>Үйден шығару</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Bankruptcy</source>
        <translation>Банкроттық</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filed</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings</source>
        <translation>Сот отырыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Шешім шықты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force</source>
        <translation>Заңды күшіне енді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seizure</source>
        <translation>Мүлікке тыйым салу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuation</source>
        <translation>Мүлікті бағалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auction</source>
        <translation>Сауда-саттық</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Жүріп жатыр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspended</source>
        <translation>Тоқтатыла тұрды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Won</source>
        <translation>Ұтты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Ұтылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly won</source>
        <translation>Ішінара ұтты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Бітімгершілік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction stopped</source>
        <translation>Үйден шығару тоқтатылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annuity</source>
        <translation>Аннуитеттік</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal principal</source>
        <translation>Дифференцияланған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Өткізіп алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 3 working days</source>
        <translation>3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 2 weeks</source>
        <translation>2 апта ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="-46"/>
        <source>Letter sent: {no}</source>
        <translation>Хат жіберілді: {no}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reply received: {no}</source>
        <translation>Жауап алынды: {no}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case itself</source>
        <translation>Істің өзі</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach a paper</source>
        <translation>Құжат тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/letters/labels.py" line="+21"/>
        <source>To the bank</source>
        <translation>Банкке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the court</source>
        <translation>Сотқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the bailiff</source>
        <translation>Сот орындаушысына</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the regulator</source>
        <translation>Реттеушіге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the debtor</source>
        <translation>Борышкерге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bank</source>
        <translation>банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank or creditor</source>
        <translation>банк не кредитор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bailiff</source>
        <translation>сот орындаушысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulator or ombudsman</source>
        <translation>реттеуші не омбудсмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debtor</source>
        <translation>борышкер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the advisor</source>
        <translation>кеңесші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the debtor&apos;s name</source>
        <translation>борышкердің аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debtor&apos;s IIN</source>
        <translation>борышкердің ЖСН-ы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debtor&apos;s address</source>
        <translation>борышкердің мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank (the loan&apos;s creditor)</source>
        <translation>банк (қарыз бойынша кредитор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the loan contract number</source>
        <translation>қарыз шартының нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the court of the proceeding</source>
        <translation>іс жүргізудің соты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the court case number</source>
        <translation>сот ісінің нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bailiff of the proceeding</source>
        <translation>іс жүргізудің сот орындаушысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coming hearing</source>
        <translation>алдағы сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decision in final form (an event)</source>
        <translation>түпкілікті нысандағы шешім (оқиға)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coming eviction date</source>
        <translation>алдағы үйден шығару күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case&apos;s advisor</source>
        <translation>істің кеңесшісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the household&apos;s income and expenses</source>
        <translation>отбасының кірістері мен шығыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today&apos;s date</source>
        <translation>бүгінгі күн</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons</source>
        <translation>Негіздер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed schedule</source>
        <translation>Ұсынылған кесте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferral or instalments</source>
        <translation>Кейінге қалдыру не бөліп төлеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments (one a line)</source>
        <translation>Қосымшалар (әр жолға біреу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appellate court</source>
        <translation>Апелляциялық сатыдағы сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the court decided</source>
        <translation>Сот не шешті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies for the other parties</source>
        <translation>Басқа тараптарға арналған көшірмелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State duty receipt</source>
        <translation>Мемлекеттік баж түбіртегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the court order</source>
        <translation>Сот бұйрығының күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the copy was received</source>
        <translation>Көшірме алынған күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Кездесу күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting time</source>
        <translation>Кездесу уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting place</source>
        <translation>Кездесу орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee (one line per line)</source>
        <translation>Алушы (жол бойынша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the application to the bank</source>
        <translation>Банкке өтініш берілген күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the application asked</source>
        <translation>Өтініште не сұралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the bank&apos;s reply</source>
        <translation>Банк жауабының күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the bank&apos;s reply</source>
        <translation>Банк жауабының нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the bank answered</source>
        <translation>Банк не деп жауап берді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the income</source>
        <translation>Кіріс туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures asked for</source>
        <translation>Сұралған шаралар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalties charged</source>
        <translation>Есептелген тұрақсыздық айыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone until</source>
        <translation>Қай күнге дейін кейінге қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the valuation</source>
        <translation>Бағалау күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valued at</source>
        <translation>Бағаланған құны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraiser</source>
        <translation>Бағалаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market value</source>
        <translation>Нарықтық құны</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations/base.py" line="+37"/>
        <source>The database {db} failed: {why}</source>
        <translation>{db} дерекқорында қате: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/operations/calendar.py" line="+64"/>
        <source>the range ends before it starts</source>
        <translation>аралық басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the range is too long</source>
        <translation>аралық тым ұзын</translation>
    </message>
    <message>
        <location filename="../../ui/operations/deadlines.py" line="+165"/>
        <source>this reminder follows its letter: record the reply in the Letters tab instead</source>
        <translation>бұл еске салу өз хатына байланысты: жауапты «Хаттар» қойындысында жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/operations/reports.py" line="+62"/>
        <source>type the first day of the range</source>
        <translation>кезеңнің бірінші күнін жазыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type the last day of the range</source>
        <translation>кезеңнің соңғы күнін жазыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/operations/sheets.py" line="+92"/>
        <source>unknown field {field}</source>
        <translation>белгісіз өріс: {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sheet has no column {n}</source>
        <translation>кестеде {n} бағаны жоқ</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/case_file/finance_panel.py" line="-353"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ui/operations/settings.py" line="+94"/>
        <source>Choose the debtor&apos;s language, Kazakh, Russian or English.</source>
        <translation>Борышкердің тілін таңдаңыз: қазақ, орыс не ағылшын.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the address of the PostgreSQL database.</source>
        <translation>PostgreSQL дерекқорының мекенжайын жазыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PostgreSQL address starts with postgresql:// (for example postgresql://advisor@server/debtdesk).</source>
        <translation>PostgreSQL мекенжайы postgresql:// деп басталады (мысалы, postgresql://advisor@server/debtdesk).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a database address.</source>
        <translation>Бұл дерекқор мекенжайы емес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address needs a server and a database name: postgresql://user@server/db</source>
        <translation>Мекенжайда сервер мен дерекқор атауы болуы керек: postgresql://user@server/db</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../ui/sheets/labels.py" line="+20"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan amount</source>
        <translation>Қарыз сомасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>Келесі сот отырысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing time</source>
        <translation>Сот отырысының уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Шешімнің күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction date</source>
        <translation>Үйден шығару күні</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same IIN</source>
        <translation>ЖСН бірдей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same phone</source>
        <translation>телефон бірдей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>similar name</source>
        <translation>аты-жөні ұқсас</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped</source>
        <translation>өткізіп жіберіледі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merged</source>
        <translation>біріктіріледі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>қосылады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (BOM-мен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилл)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma (,)</source>
        <translation>үтір (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon (;)</source>
        <translation>нүктелі үтір (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <location filename="../../ui/operations/vault.py" line="+69"/>
        <source>The server&apos;s keeper backs up a PostgreSQL database: see docs/SECURITY.md.</source>
        <translation>PostgreSQL дерекқорының сақтық көшірмесін сервер иесі жасайды: docs/SECURITY.md қараңыз.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose a backup to restore.</source>
        <translation>Қалпына келтіретін сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {backup} is back in place.</source>
        <translation>{backup} сақтық көшірмесі орнына қойылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database it replaced is kept as {path}.</source>
        <translation>Ол алмастырған дерекқор {path} ретінде сақталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a passphrase.</source>
        <translation>Құпия фразаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is encrypted.</source>
        <translation>Дерекқор шифрланды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older plain backups encrypted too: {n}.</source>
        <translation>Шифрланбаған ескі көшірмелер де шифрланды: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older plain backups deleted: {n}.</source>
        <translation>Шифрланбаған ескі көшірмелер жойылды: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the current passphrase.</source>
        <translation>Қазіргі құпия фразаны жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is changed, for the database and {n} backups.</source>
        <translation>Дерекқор мен {n} сақтық көшірменің құпия фразасы өзгертілді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} older backups keep an earlier passphrase: they did not open with this one.</source>
        <translation>{n} ескі сақтық көшірмеде бұрынғы құпия фраза қалды: олар бұл фразамен ашылмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action: {kind}</source>
        <translation>Белгісіз әрекет: {kind}</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../ui/case_file/vocab_labels.py" line="+18"/>
        <source>Mortgage</source>
        <translation>Ипотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer loan</source>
        <translation>Тұтынушылық қарыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microfinance loan</source>
        <translation>Микроқаржылық қарыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor</source>
        <translation>Кепілгер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction</source>
        <translation>Үйден шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankruptcy</source>
        <translation>Банкроттық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Мүгедектік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large family</source>
        <translation>Көпбалалы отбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single parent</source>
        <translation>Толық емес отбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pensioner</source>
        <translation>Зейнеткер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socially vulnerable</source>
        <translation>Әлеуметтік осал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Телефон қоңырауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+42"/>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Unexpected error: {error}</source>
        <translation>Күтпеген қате: {error}</translation>
    </message>
</context>
</TS>
