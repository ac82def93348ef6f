<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_KZ">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/letters/batch_dialog.py" line="+70"/>
        <source>Batch letters</source>
        <translation>Пакет писем</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cases with a hearing within</source>
        <translation>Дела с заседанием в ближайшие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {n} cases selected in the register</source>
        <translation>{n} дел, выбранных в списке</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each debtor&apos;s own</source>
        <translation>Язык каждого должника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out cases lacking data the letter needs</source>
        <translation>Пропустить дела без нужных письму данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter and cases</source>
        <translation>Письмо и дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the letters</source>
        <translation>&amp;Составить письма</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No case has a hearing within {n} days.</source>
        <translation>Ни у одного дела нет заседания в ближайшие {n} дн.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making {n} letters…</source>
        <translation>Составляется писем: {n}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled: no letter was registered.</source>
        <translation>Отменено: ни одно письмо не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} letters registered, {first} … {last}, {pages} pages.</source>
        <translation>Зарегистрировано писем: {n}, {first} … {last}, страниц: {pages}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out {n} cases lacking data:</source>
        <translation>Пропущено дел без данных: {n}:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the batch as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save the batch</source>
        <translation>Не удалось сохранить пакет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the batch</source>
        <translation>Печать пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot print the batch</source>
        <translation>Не удалось напечатать пакет</translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <location filename="../../ui/case_file/budget_summary.py" line="+74"/>
        <source>Budget summary, a month</source>
        <translation>Итоги бюджета за месяц</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenditure</source>
        <translation>Расходы</translation>
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
        <translation>Доход на человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsistence minimum</source>
        <translation>Прожиточный минимум</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Income and expenditure statement PDF…</source>
        <translation>Справка о доходах и расходах PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bankruptcy screen — a screen, not advice</source>
        <translation>Проверка на банкротство — не консультация</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The budget cannot be worked out: {why}</source>
        <translation>Бюджет не удаётся рассчитать: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deficit</source>
        <translation>Дефицит</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subsistence minimum {year}</source>
        <translation>Прожиточный минимум {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deficit: the household spends {amount} a month more than it earns.</source>
        <translation>Дефицит: семья тратит в месяц на {amount} больше, чем зарабатывает.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Income per person is below the subsistence minimum.</source>
        <translation>Доход на человека ниже прожиточного минимума.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income per person is above the subsistence minimum.</source>
        <translation>Доход на человека выше прожиточного минимума.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the subsistence minimum of {year} in Settings to compare.</source>
        <translation>Чтобы сравнить, укажите прожиточный минимум {year} г. в Настройках.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the household size to compare with the minimum.</source>
        <translation>Укажите состав семьи, чтобы сравнить с минимумом.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The screen cannot be worked out: {why}</source>
        <translation>Проверку не удаётся рассчитать: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not met</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the income and expenditure statement as</source>
        <translation>Сохранить справку о доходах и расходах как</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/calendar/day_grid.py" line="+115"/>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day}: {n} items</source>
        <translation>{day}: записей: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{day} · today</source>
        <translation>{day} · сегодня</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>+{n} more</source>
        <translation>+ещё {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jan</source>
        <translation>янв.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>февр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>мар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>апр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>июн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>июл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>авг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>сент.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>окт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>нояб.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>дек.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar/labels.py" line="+52"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 3 working days</source>
        <translation>в течение 3 рабочих дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 14 days</source>
        <translation>в течение 14 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>позже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mark} eviction or auction</source>
        <translation>{mark} выселение или торги</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/pages/calendar_page.py" line="+81"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Export to calendar (.ics)…</source>
        <translation>Экспорт в календарь (.ics)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the items shown as a file for a phone&apos;s or computer&apos;s calendar</source>
        <translation>Сохранить показанное в файл для календаря телефона или компьютера</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../../ui/pages/registry.py" line="+59"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Debtor</source>
        <translation>Должник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who goes</source>
        <translation>Кто идёт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All advisors</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cities</source>
        <translation>Все города</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{day}: {n}</source>
        <translation>{day}: {n}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Export to calendar</source>
        <translation>Экспорт в календарь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save {path}: {why}</source>
        <translation>Не удалось сохранить {path}: {why}</translation>
    </message>
</context>
<context>
    <name>CaseChooser</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="+163"/>
        <source>Letter for which case?</source>
        <translation>Письмо по какому делу?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debtor&apos;s name, IIN or phone</source>
        <translation>ФИО должника, ИИН или телефон</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No case matches</source>
        <translation>Подходящих дел нет</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <location filename="../../ui/case_file/window.py" line="+90"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} — case file</source>
        <translation>{name} — дело</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to {tabs} before closing?</source>
        <translation>Сохранить изменения ({tabs}) перед закрытием?</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_file/header.py" line="+43"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in {n} days</source>
        <translation>через {n} дн.</translation>
    </message>
</context>
<context>
    <name>CaseHeaderBar</name>
    <message>
        <location line="+74"/>
        <source>no city</source>
        <translation>город не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>advisor: {name}</source>
        <translation>консультант: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no advisor</source>
        <translation>без консультанта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next deadline: {date} — {what}</source>
        <translation>Ближайший срок: {date} — {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No open deadlines</source>
        <translation>Открытых сроков нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next hearing: {date}</source>
        <translation>Ближайшее заседание: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hearing scheduled</source>
        <translation>Заседание не назначено</translation>
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
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>Ближайшее заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>watch</source>
        <translation>под наблюдением</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 3 working days</source>
        <translation>в течение 3 рабочих дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 14 days</source>
        <translation>в течение 14 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>позже</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>eviction</source>
        <translation>выселение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auction</source>
        <translation>торги</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>{level} · ⚠ {threat} in {days} d</source>
        <translation>{level} · ⚠ {threat} через {days} дн.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next {threat}: {date}</source>
        <translation>Ближайшее ({threat}): {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: this deadline has passed and is still open</source>
        <translation>Просрочен: срок прошёл, а он всё ещё открыт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the next week</source>
        <translation>В течение недели</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages/cases_page.py" line="+128"/>
        <source>Search by name, IIN, phone or case number</source>
        <translation>Поиск по ФИО, ИИН, телефону или номеру дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All cities</source>
        <translation>Все города</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All advisors</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any urgency</source>
        <translation>Любая срочность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home at risk (eviction or auction within 30 days)</source>
        <translation>Жильё под угрозой (выселение или торги в течение 30 дней)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cases from an .xlsx or .csv sheet</source>
        <translation>Импортировать дела из таблицы .xlsx или .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export what the register shows to .xlsx or .csv</source>
        <translation>Экспортировать то, что показано в списке, в .xlsx или .csv</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../ui/pages/registry.py" line="-6"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>no cases match</source>
        <translation>подходящих дел нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no cases</source>
        <translation>дел нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than {n} cases</source>
        <translation>более {n} дел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 case</source>
        <translation>1 дело</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match “{text}”.</source>
        <translation>По запросу «{text}» дел не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search looks in names, IINs, phone numbers and court case numbers. Press Esc to see every case.</source>
        <translation>Поиск идёт по ФИО, ИИН, телефонам и номерам судебных дел. Нажмите Esc, чтобы увидеть все дела.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match these filters.</source>
        <translation>Под эти фильтры не подходит ни одно дело.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “All” in a filter box to widen the list.</source>
        <translation>Выберите «Все» в фильтре, чтобы расширить список.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cases yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create demo data with: {command}</source>
        <translation>Создать демо-данные: {command}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>search failed</source>
        <translation>ошибка поиска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search failed.</source>
        <translation>Поиск не удался.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../ui/checklists/checklist_dialog.py" line="+77"/>
        <location line="+190"/>
        <source>Hearing checklist</source>
        <translation>Чек-лист к заседанию</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Make the checklist</source>
        <translation>Составить чек-лист</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This hearing belongs to no proceeding, so the kind of checklist is not known. Choose one:</source>
        <translation>Заседание не привязано к производству, поэтому вид чек-листа неизвестен. Выберите:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Space or a click ticks an item; double-click a note to write it</source>
        <translation>Пробел или щелчок отмечает пункт; двойной щелчок по заметке — написать её</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes on this hearing (printed on the advisor&apos;s copy)</source>
        <translation>Заметки к заседанию (печатаются в экземпляре консультанта)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on this hearing:</source>
        <translation>Заметки к заседанию:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The debtor&apos;s copy (large print)</source>
        <translation>Экземпляр должника (крупный шрифт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The advisor&apos;s copy (facts, deadlines, notes)</source>
        <translation>Экземпляр консультанта (факты, сроки, заметки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printout:</source>
        <translation>Печать:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checklist made from “{title}”.</source>
        <translation>Чек-лист составлен по шаблону «{title}».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hearing {when}</source>
        <translation>заседание {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist — {name}, {day}</source>
        <translation>Чек-лист — {name}, {day}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What to bring</source>
        <translation>Что взять с собой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the hearing</source>
        <translation>На заседании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the hearing</source>
        <translation>После заседания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Double-click to write a note on this item</source>
        <translation>Двойной щелчок — написать заметку к пункту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: {done} of {total}</source>
        <translation>Выполнено: {done} из {total}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Another advisor changed this checklist meanwhile: it now shows what is saved. Tick again if needed.</source>
        <translation>Тем временем другой консультант изменил чек-лист: теперь показано сохранённое. При необходимости отметьте снова.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ticked.</source>
        <translation>Отмечено.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unticked.</source>
        <translation>Отметка снята.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Another advisor changed the note meanwhile. Copy your text, then close and open the checklist again to see theirs.</source>
        <translation>Тем временем другой консультант изменил заметку. Скопируйте свой текст, затем закройте и снова откройте чек-лист, чтобы увидеть его вариант.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview: {n} page(s).</source>
        <translation>Предпросмотр: страниц: {n}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>debtor</source>
        <translation>должник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>advisor</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the checklist as</source>
        <translation>Сохранить чек-лист как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {path}: {why}</source>
        <translation>Не удалось сохранить {path}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the checklist</source>
        <translation>Печать чек-листа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot print: {why}</source>
        <translation>Не удалось напечатать: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed {n} page(s).</source>
        <translation>Напечатано страниц: {n}.</translation>
    </message>
</context>
<context>
    <name>CourtTab</name>
    <message>
        <location filename="../../ui/case_file/court_tab.py" line="+72"/>
        <source>Add &amp;hearing</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date, time and room of a hearing (Ctrl+H)</source>
        <translation>Дата, время и зал судебного заседания (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision date</source>
        <translation>Дата &amp;решения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The decision in final form starts the appeal clock: record its date</source>
        <translation>Срок апелляционной жалобы течёт с решения в окончательной форме: укажите его дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;viction or auction date</source>
        <translation>&amp;Выселение или торги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;event…</source>
        <translation>Другое &amp;событие…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Case no.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+110"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Judge / bailiff</source>
        <translation>Судья / судебный исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place / room</source>
        <translation>Место / зал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open deadlines computed from this event</source>
        <translation>Открытые сроки, рассчитанные от этого события</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who goes / notes</source>
        <translation>Кто идёт / заметки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add proceeding…</source>
        <translation>Добавить производство…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist…</source>
        <translation>Чек-лист…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to bring and do at this hearing: tick items, print for the debtor</source>
        <translation>Что взять и сделать к этому заседанию: отметьте пункты, распечатайте для должника</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proceedings</source>
        <translation>Производства</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hearings, decisions and other dates</source>
        <translation>Заседания, решения и другие даты</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>— not tied to a proceeding —</source>
        <translation>— без производства —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add hearing</source>
        <translation>Добавить заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add decision date</source>
        <translation>Добавить дату решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add eviction or auction date</source>
        <translation>Добавить дату выселения или торгов</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Room:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+30"/>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+41"/>
        <source>Proceeding:</source>
        <translation>Производство:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Place / room:</source>
        <translation>Место / зал:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who goes:</source>
        <translation>Кто идёт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supporters from the group</source>
        <translation>поддержка от группы</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+97"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {what} on {day}? Deadlines computed from it are cancelled.</source>
        <translation>Удалить «{what}» от {day}? Рассчитанные от него сроки будут отменены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event deleted.</source>
        <translation>Событие удалено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} on {day} saved.</source>
        <translation>«{what}» от {day} сохранено.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n deadline(s) computed</source>
        <translation>
            <numerusform>Рассчитан %n срок</numerusform>
            <numerusform>Рассчитано %n срока</numerusform>
            <numerusform>Рассчитано %n сроков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(due {dates})</source>
        <translation>(срок {dates})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} from {old} to {new}</source>
        <translation>{title}: с {old} на {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved: {moves}.</source>
        <translation>Перенесено: {moves}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deadline(s) moved.</source>
        <translation>
            <numerusform>Перенесён %n срок.</numerusform>
            <numerusform>Перенесено %n срока.</numerusform>
            <numerusform>Перенесено %n сроков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s) cancelled.</source>
        <translation>
            <numerusform>Отменён %n срок.</numerusform>
            <numerusform>Отменено %n срока.</numerusform>
            <numerusform>Отменено %n сроков.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline follows from it.</source>
        <translation>Сроков из него не следует.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit proceeding</source>
        <translation>Изменить производство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add proceeding</source>
        <translation>Добавить производство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case no.:</source>
        <translation>№ дела:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judge:</source>
        <translation>Судья:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bailiff:</source>
        <translation>Судебный исполнитель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage:</source>
        <translation>Стадия:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan:</source>
        <translation>Заём:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete proceeding</source>
        <translation>Удалить производство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the proceeding {no} and all its events? Deadlines computed from them are cancelled.</source>
        <translation>Удалить производство {no} и все его события? Рассчитанные от них сроки будут отменены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proceeding deleted.</source>
        <translation>Производство удалено.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/widgets/damaged_dialog.py" line="+53"/>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>debtdesk found damage in the database file.</source>
        <translation>debtdesk обнаружил повреждение файла базы данных.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} does not pass its integrity check ({detail}). A failing disk, a power cut during copying or a file copied only halfway can do this. debtdesk has not written anything to it.</source>
        <translation>Файл {path} не проходит проверку целостности ({detail}). Так бывает из-за неисправного диска, отключения питания при копировании или файла, скопированного не до конца. debtdesk ничего в него не записывал.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The newest good backup was made on {made} ({name}). Restoring it brings the data back as it was then: changes made since are not in it. The damaged file is kept, untouched, in {folder}.</source>
        <translation>Последняя исправная резервная копия сделана {made} ({name}). Восстановление вернёт данные к тому моменту: последующих изменений в ней нет. Повреждённый файл сохраняется нетронутым в {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No good backup was found in {folder}. Keep the file as it is and ask someone who knows SQLite for help: part of the data may still be saved.</source>
        <translation>В {folder} не найдено исправной резервной копии. Оставьте файл как есть и обратитесь к специалисту по SQLite: часть данных ещё можно спасти.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the current database</source>
        <translation>Оставить текущую базу</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="+80"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../ui/case_file/deadlines_tab.py" line="+62"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved from {day}</source>
        <translation>Перенесён с {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check with a lawyer: the source is not fully verified</source>
        <translation>Уточните у юриста: источник проверен не полностью</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Отсчёт от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done by</source>
        <translation>Кем выполнено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add deadline…</source>
        <translation>Добавить срок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only deadlines added by hand can be deleted</source>
        <translation>Удалить можно только сроки, добавленные вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show done and cancelled</source>
        <translation>Показать выполненные и отменённые</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Read in:</source>
        <translation>Читать на:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this date</source>
        <translation>Почему эта дата</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{day} (moved from {old})</source>
        <translation>{day} (перенесён с {old})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No deadlines. They appear when a decision or another dated event is recorded.</source>
        <translation>Сроков нет. Они появляются, когда записано решение или другое событие с датой.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added by hand: no rule computed it.</source>
        <translation>Добавлен вручную: ни одно правило его не рассчитывало.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done by {who} on {day}</source>
        <translation>Выполнено: {who}, {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>moved from {day}</source>
        <translation>перенесён с {day}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is due:</source>
        <translation>Что нужно сделать:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>statement of defence set by the judge</source>
        <translation>отзыв на иск в срок, назначенный судьёй</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due on:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the deadline “{t}”?</source>
        <translation>Удалить срок «{t}»?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a letter&apos;s reply</source>
        <translation>ответ на письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added by hand</source>
        <translation>добавлен вручную</translation>
    </message>
</context>
<context>
    <name>DebtChart</name>
    <message>
        <location filename="../../ui/widgets/debt_chart.py" line="+61"/>
        <source>Debt growth chart</source>
        <translation>График роста долга</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Borrowed</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No payments or claims to draw yet.</source>
        <translation>Пока нет платежей или требований для графика.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="+422"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter has its number; save or print more copies here.</source>
        <translation>Письму присвоен номер; здесь можно сохранить или напечатать ещё экземпляры.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Letter {no} is in the register.</source>
        <translation>Письмо {no} внесено в журнал.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder to ask about the reply on {day} (not a legal time limit).</source>
        <translation>Напоминание спросить об ответе {day} (это не установленный законом срок).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply due by {day}; it is in the case&apos;s deadlines.</source>
        <translation>Срок ответа — {day}; он добавлен в сроки дела.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the day it is handed in or posted to start its reply deadline.</source>
        <translation>Укажите день, когда письмо вручено или отправлено почтой, чтобы начался срок ответа.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="+610"/>
        <source>Imported</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Undo this import” removes exactly what it added, as one action.</source>
        <translation>«Отменить этот импорт» одним действием удаляет ровно то, что он добавил.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out because</source>
        <translation>Причина пропуска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{n} cases imported from {file} ({m} merged into cases on file).</source>
        <translation>Импортировано дел из {file}: {n} (объединено с имеющимися делами: {m}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} invalid rows were left out:</source>
        <translation>Пропущены строки с ошибками ({n}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} possible duplicates were skipped.</source>
        <translation>Пропущено возможных дубликатов: {n}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Undone: {c} cases deleted, {r} merged cases restored, {x} added records deleted.</source>
        <translation>Импорт отменён: удалено дел — {c}, восстановлено объединённых дел — {r}, удалено добавленных записей — {x}.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location line="-313"/>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dry run: every row is checked and nothing is saved yet.</source>
        <translation>Пробный запуск: каждая строка проверяется, но пока ничего не сохраняется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name in the sheet</source>
        <translation>ФИО в таблице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row is</source>
        <translation>Строка будет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases on file</source>
        <translation>Имеющиеся дела</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip them (import nothing for these rows)</source>
        <translation>Пропустить (ничего не импортировать из этих строк)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge each into the first case on file</source>
        <translation>Объединить каждую с первым из имеющихся дел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as new cases</source>
        <translation>Добавить как новые дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip invalid rows and import the rest (else the first one stops the import)</source>
        <translation>Пропустить строки с ошибками, импортировать остальные (иначе первая же остановит импорт)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems:</source>
        <translation>Проблемы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates of cases on file:</source>
        <translation>Возможные дубликаты имеющихся дел:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicates:</source>
        <translation>Возможные дубликаты:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking {n} rows…</source>
        <translation>Проверка строк: {n}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{rows} rows: {n} would be imported ({m} merged into cases on file), {bad} have problems, {dup} possible duplicates are skipped.</source>
        <translation>Строк: {rows}; к импорту: {n} (объединяются с имеющимися делами: {m}), с проблемами: {bad}, пропускаются как возможные дубликаты: {dup}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/sheets/export_dialog.py" line="+81"/>
        <source>Export to a sheet</source>
        <translation>Экспорт в таблицу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases (the register)</source>
        <translation>Дела (список)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines of these cases</source>
        <translation>Сроки этих дел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters of these cases (the letter register)</source>
        <translation>Письма этих дел (журнал исходящих писем)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, Windows-1251 for old Excel (.csv)</source>
        <translation>CSV, Windows-1251 для старых версий Excel (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon (;), as Russian Excel expects</source>
        <translation>точка с запятой (;), как принято в русском Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register shows every case: all are exported</source>
        <translation>В списке показаны все дела: экспортируются все</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only what the register shows now: {filter}</source>
        <translation>Только то, что сейчас показано в списке: {filter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filtered</source>
        <translation>с фильтром</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export:</source>
        <translation>Что экспортировать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>search “{text}”</source>
        <translation>поиск «{text}»</translation>
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
        <translation>Куда экспортировать</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose where to save the file.</source>
        <translation>Выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {n} rows to {file}.</source>
        <translation>В {file} экспортировано строк: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} cells had Kazakh letters Windows-1251 cannot hold: they were written with the nearest Russian letter (choose UTF-8 to keep them).</source>
        <translation>В ячейках ({n}) были казахские буквы, которых нет в Windows-1251: они заменены ближайшими русскими (чтобы сохранить их, выберите UTF-8).</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-211"/>
        <source>What the letter should say</source>
        <translation>Что должно быть в письме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts marked * are needed; the others are printed if typed.</source>
        <translation>Поля со * обязательны; остальные печатаются, если заполнены.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="-354"/>
        <source>Choose the sheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Excel workbook (.xlsx, its first sheet) or a CSV file in UTF-8 or Windows-1251. The header row is found by its column names.</source>
        <translation>Книга Excel (.xlsx, её первый лист) или файл CSV в кодировке UTF-8 или Windows-1251. Строка заголовков находится по названиям столбцов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path to an .xlsx or .csv file</source>
        <translation>Путь к файлу .xlsx или .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a sheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{rows} rows below the header, {columns} columns.</source>
        <translation>Строк под заголовком: {rows}, столбцов: {columns}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV text in {encoding}, separated by {delimiter}.</source>
        <translation>Текст CSV в кодировке {encoding}, разделитель — {delimiter}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook: its first sheet is read.</source>
        <translation>Книга Excel: читается её первый лист.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header is row {header}; the data starts at row {first}.</source>
        <translation>Заголовок — в строке {header}; данные начинаются со строки {first}.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="-146"/>
        <source>PDF, JPEG or PNG (a scan or a photo)</source>
        <translation>PDF, JPEG или PNG (скан или фото)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the scan or photo</source>
        <translation>Выберите скан или фото</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the file: {why}</source>
        <translation>Не удалось прочитать файл: {why}</translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <location filename="../../ui/case_file/finance_panel.py" line="+72"/>
        <source>The PDF was not made</source>
        <translation>PDF не создан</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>in tenge</source>
        <translation>в тенге</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Borrowed</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claimed now</source>
        <translation>Требуют сейчас</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Claimed ÷ borrowed</source>
        <translation>Требуют ÷ взято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(Paid + claimed) ÷ borrowed</source>
        <translation>(Оплачено + требуют) ÷ взято</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Penalties and fees in the claim</source>
        <translation>Неустойка и комиссии в требовании</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devaluation effect</source>
        <translation>Эффект девальвации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On payments</source>
        <translation>По платежам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the claim</source>
        <translation>По требованию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Larger chart…</source>
        <translation>Крупный график…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule promised vs paid</source>
        <translation>График и фактические платежи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the loan&apos;s rate and term to compare with its schedule.</source>
        <translation>Укажите ставку и срок займа, чтобы сравнить с графиком.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debt history PDF…</source>
        <translation>История долга PDF…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The debt figures cannot be worked out: {why}</source>
        <translation>Показатели долга не удаётся рассчитать: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loan {no} of {day}, {currency}</source>
        <translation>Заём {no} от {day}, {currency}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owes {x} what was borrowed, after paying back {paid}.</source>
        <translation>Долг составляет {x} от взятого, хотя уже выплачено {paid}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No debt statement yet: add what the bank or the court claims.</source>
        <translation>Справки о долге пока нет: добавьте, что требует банк или суд.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>borrowed at {rate} ₸ of {day}</source>
        <translation>взято по курсу {rate} ₸ на {day}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payment(s), each at its day&apos;s rate</source>
        <translation>
            <numerusform>%n платёж, каждый по курсу своего дня</numerusform>
            <numerusform>%n платежа, каждый по курсу своего дня</numerusform>
            <numerusform>%n платежей, каждый по курсу своего дня</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>claim of {day}</source>
        <translation>требование от {day}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What the fall of the tenge added over the contract rate, apart from interest and penalties.</source>
        <translation>Сколько добавило падение тенге сверх курса по договору, помимо вознаграждения и неустойки.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Monthly instalment</source>
        <translation>Ежемесячный взнос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instalments due by {day}</source>
        <translation>Взносы к оплате до {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by then</source>
        <translation>По графику к этой дате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by then</source>
        <translation>Оплачено к этой дате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behind (arrears)</source>
        <translation>Отставание (просрочка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not behind</source>
        <translation>без отставания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is, instalments</source>
        <translation>То есть взносов</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the debt history as</source>
        <translation>Сохранить историю долга как</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/case_file/form_dialog.py" line="+120"/>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../ui/case_file/household_panel.py" line="+42"/>
        <source>Salary</source>
        <translation>Зарплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pension</source>
        <translation>Пенсия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Пособия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child allowance</source>
        <translation>Детское пособие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>Прочий доход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Food</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rent</source>
        <translation>Аренда жилья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities</source>
        <translation>Коммунальные услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicine</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan payments</source>
        <translation>Платежи по займам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other expenses</source>
        <translation>Прочие расходы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expense</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Income {income} · expenses {spent} · left {left}</source>
        <translation>Доход {income} · расходы {spent} · остаток {left}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <location line="+70"/>
        <location line="+58"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+94"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Monthly</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+128"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+134"/>
        <source>Residents</source>
        <translation>Проживают</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+129"/>
        <source>Sole home</source>
        <translation>Единственное жильё</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly income and expenditure</source>
        <translation>Ежемесячные доходы и расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line…</source>
        <translation>Добавить строку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location line="+139"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+100"/>
        <source>Property</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Budget line</source>
        <translation>Строка бюджета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New budget line</source>
        <translation>Новая строка бюджета</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Monthly amount</source>
        <translation>Сумма в месяц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. {amount}</source>
        <translation>например, {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New property</source>
        <translation>Новое имущество</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the family&apos;s only home</source>
        <translation>единственное жильё семьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>construction not finished</source>
        <translation>строительство не завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfinished</source>
        <translation>Не достроено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of them minors</source>
        <translation>Из них несовершеннолетних</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete “{what}”?</source>
        <translation>Удалить «{what}»?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="+503"/>
        <source>Import cases from a sheet</source>
        <translation>Импорт дел из таблицы</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/widgets/intake_dialog.py" line="+62"/>
        <source>New person at the meeting</source>
        <translation>Новый человек на встрече</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname, first name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits, if they have it with them</source>
        <translation>12 цифр, если он есть при себе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;roblem:</source>
        <translation>&amp;Проблема:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank or lender, if any</source>
        <translation>Банк или кредитор, если есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank:</source>
        <translation>&amp;Банк:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount borrowed, e.g. 15 000 000</source>
        <translation>Сумма займа, например 15 000 000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan &amp;amount:</source>
        <translation>&amp;Сумма займа:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates they already know</source>
        <translation>Уже известные даты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time of the hearing, if known</source>
        <translation>Время заседания, если известно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;hearing:</source>
        <translation>Ближайшее &amp;заседание:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date on the decision in final form: the month to appeal runs from it.</source>
        <translation>Дата решения в окончательной форме: от неё течёт месячный срок на апелляцию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Decision (final form):</source>
        <translation>&amp;Решение (окончат.):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Eviction date:</source>
        <translation>Дата &amp;выселения:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+206"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+210"/>
        <source>Cases with the same IIN or phone, or a similar name, show here.</source>
        <translation>Здесь показаны дела с тем же ИИН или телефоном либо с похожим ФИО.</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Saved this meeting</source>
        <translation>Сохранено на этой встрече</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+S: save and close</source>
        <translation>Ctrl+S: сохранить и закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;next</source>
        <translation>Сохранить и &amp;далее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter: save, then clear the form for the next person</source>
        <translation>Enter: сохранить и очистить форму для следующего</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Mortgage</source>
        <translation>Ипотека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer loan</source>
        <translation>Потребительский заём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microfinance</source>
        <translation>Микрокредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor</source>
        <translation>Поручитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction</source>
        <translation>Выселение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankruptcy</source>
        <translation>Банкротство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not a date: write it as dd.mm.yyyy, e.g. 15.12.2026</source>
        <translation>это не дата: укажите в виде дд.мм.гггг, например 15.12.2026</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a time: write it as hh:mm, e.g. 10:30</source>
        <translation>это не время: укажите в виде чч:мм, например 10:30</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not look for duplicates: {why}</source>
        <translation>Не удалось проверить дубликаты: {why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Possibly already on file: 1</source>
        <translation>Возможно, уже есть в базе: 1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Possibly already on file: %n</source>
        <translation>
            <numerusform>Возможно, уже есть в базе: %n</numerusform>
            <numerusform>Возможно, уже есть в базе: %n</numerusform>
            <numerusform>Возможно, уже есть в базе: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the case of {name} instead?</source>
        <translation>Открыть вместо этого дело {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here for this person is not saved.</source>
        <translation>Введённое здесь об этом человеке не сохранится.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open that case</source>
        <translation>Открыть то дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep typing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This may be someone already on file.</source>
        <translation>Возможно, этот человек уже есть в базе.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This may be one of %n people already on file.</source>
        <translation>
            <numerusform>Возможно, это один из %n человека, уже внесённых в базу.</numerusform>
            <numerusform>Возможно, это один из %n человек, уже внесённых в базу.</numerusform>
            <numerusform>Возможно, это один из %n человек, уже внесённых в базу.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a new case anyway? Click a name in the list to open it instead.</source>
        <translation>Всё равно сохранить новое дело? Чтобы открыть существующее, щёлкните имя в списке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as new</source>
        <translation>Сохранить как новое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved this meeting: none yet</source>
        <translation>Сохранено на встрече: пока никого</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved this meeting: %n</source>
        <translation>
            <numerusform>Сохранено на встрече: %n</numerusform>
            <numerusform>Сохранено на встрече: %n</numerusform>
            <numerusform>Сохранено на встрече: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeLists</name>
    <message>
        <location filename="../../ui/models/intake_lists.py" line="+30"/>
        <source>same IIN</source>
        <translation>тот же ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>похожее ФИО</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>IIN {iin}</source>
        <translation>ИИН {iin}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to open this case instead</source>
        <translation>Щёлкните, чтобы открыть это дело</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}
{deadline} by {date}</source>
        <translation>{name}
{deadline} до {date}</translation>
    </message>
</context>
<context>
    <name>LetterFieldsForm</name>
    <message>
        <location filename="../../ui/letters/fields_form.py" line="+46"/>
        <source>This letter needs nothing more: go on to the preview.</source>
        <translation>Для письма больше ничего не нужно: переходите к просмотру.</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+14"/>
        <source>Needed for this letter</source>
        <translation>Нужно для письма</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>At most {n} characters</source>
        <translation>Не более {n} символов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The letter also needs: {what}</source>
        <translation>Письму ещё нужно: {what}</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Должник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>To: {who}</source>
        <translation>Кому: {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reminder to ask about the reply, not a legal time limit</source>
        <translation>Напоминание спросить об ответе, а не срок по закону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from the day it was sent until the day it was received</source>
        <translation>Считается со дня отправки до дня получения</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>awaiting</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(reminder)</source>
        <translation>(напоминание)</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-90"/>
        <source>reply deadline</source>
        <translation>срок ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder after {n} days</source>
        <translation>напоминание через {n} дн.</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>New letter: {name}</source>
        <translation>Новое письмо: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Save the letter as</source>
        <translation>Сохранить письмо как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save the letter</source>
        <translation>Не удалось сохранить письмо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the letter</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot print the letter</source>
        <translation>Не удалось напечатать письмо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed {n} page(s)</source>
        <translation>Напечатано страниц: {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write a letter</source>
        <translation>Не удалось составить письмо</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters_page.py" line="+78"/>
        <source>Debtor&apos;s name</source>
        <translation>ФИО должника</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awaiting a reply</source>
        <translation>Ждут ответа</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Новое письмо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Batch…</source>
        <translation>&amp;Пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on…</source>
        <translation>Дата отправки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply received…</source>
        <translation>Получен ответ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a built-in letter to your own templates, edit it, preview it</source>
        <translation>Скопируйте встроенное письмо в свои шаблоны, измените его и просмотрите</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/pages/registry.py" line="+9"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Every kind of letter</source>
        <translation>Все виды писем</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type dates as dd.mm.yyyy</source>
        <translation>Вводите даты в виде дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n}{more} letters</source>
        <translation>Писем: {n}{more}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Save the letter as</source>
        <translation>Сохранить письмо как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save the letter</source>
        <translation>Не удалось сохранить письмо</translation>
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
        <translation>входящий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Новое письмо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a letter for this case with the letter wizard</source>
        <translation>Составить письмо по делу с помощью мастера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a paper…</source>
        <translation>Прикрепить документ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scan or photo (PDF, JPEG, PNG) of a paper received</source>
        <translation>Скан или фото полученного документа (PDF, JPEG, PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Открыть в просмотрщике</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it in the system&apos;s PDF or picture viewer</source>
        <translation>Открыть в системном просмотрщике PDF или изображений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on…</source>
        <translation>Дата отправки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by addressee on…</source>
        <translation>Получено адресатом…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date on the stamped copy: the reply deadline is counted from it</source>
        <translation>Дата на копии с отметкой о принятии: от неё считается срок ответа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply received…</source>
        <translation>Получен ответ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the reply came; attach the reply at once</source>
        <translation>День получения ответа; сразу прикрепите ответ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No letters or papers for this case yet.</source>
        <translation>По этому делу пока нет писем и документов.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Letters and papers</source>
        <translation>Письма и документы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Incoming paper, {size}</source>
        <translation>Входящий документ, {size}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(reminder)</source>
        <translation>(напоминание)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(provisional)</source>
        <translation>(предварительно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reminder to ask about the reply, not a legal time limit</source>
        <translation>Напоминание спросить об ответе, а не срок по закону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from the day it was sent until the day it was received is recorded</source>
        <translation>Считается со дня отправки, пока не указан день получения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>awaiting</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot open the paper</source>
        <translation>Не удалось открыть документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program to show this file was found. Use “Save as…” instead.</source>
        <translation>Не найдена программа для просмотра этого файла. Воспользуйтесь «Сохранить как…».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the file</source>
        <translation>Не удалось сохранить файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write a letter</source>
        <translation>Не удалось составить письмо</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>type the date</source>
        <translation>введите дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by the addressee</source>
        <translation>Получено адресатом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received on (stamped copy):</source>
        <translation>Дата получения (по отметке):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{no}: reply due {day}</source>
        <translation>{no}: срок ответа {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{no}: recorded</source>
        <translation>{no}: записано</translation>
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
        <translation>Договор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+159"/>
        <source>Borrowed</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Rate, %</source>
        <translation>Ставка, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term, months</source>
        <translation>Срок, мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Claimed now</source>
        <translation>Требуют сейчас</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Newest debt statement, {day}</source>
        <translation>Последняя справка о долге, {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No debt statement yet</source>
        <translation>Справки о долге пока нет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Вознаграждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalties</source>
        <translation>Неустойка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add loan…</source>
        <translation>Добавить заём…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add payment…</source>
        <translation>Добавить платёж…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add statement…</source>
        <translation>Добавить справку…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No loans recorded yet. Add the loan contract first.</source>
        <translation>Займов пока нет. Сначала добавьте договор займа.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt statements (what the bank or court claims)</source>
        <translation>Справки о долге (что требует банк или суд)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loans &amp;&amp; debt</source>
        <translation>Займы и долг</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No loans yet.</source>
        <translation>Займов пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n loan(s) without a debt statement</source>
        <translation>
            <numerusform>%n заём без справки о долге</numerusform>
            <numerusform>%n займа без справки о долге</numerusform>
            <numerusform>%n займов без справки о долге</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit loan</source>
        <translation>Изменить заём</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add loan</source>
        <translation>Добавить заём</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor:</source>
        <translation>Кредитор:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contract no.:</source>
        <translation>№ договора:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract date:</source>
        <translation>Дата договора:</translation>
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
        <translation>Сумма займа:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annual rate, %:</source>
        <translation>Годовая ставка, %:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term, months:</source>
        <translation>Срок, мес.:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule:</source>
        <translation>График:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collateral:</source>
        <translation>Предмет залога:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete loan</source>
        <translation>Удалить заём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the loan {no} with its payments and debt statements?</source>
        <translation>Удалить заём {no} вместе с платежами и справками о долге?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a loan to see its payments and statements</source>
        <translation>Выберите заём, чтобы увидеть платежи и справки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan {no} — {creditor}</source>
        <translation>Заём {no} — {creditor}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creditor unknown</source>
        <translation>кредитор неизвестен</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add payment</source>
        <translation>Добавить платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date paid:</source>
        <translation>Дата платежа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add debt statement</source>
        <translation>Добавить справку о долге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principal:</source>
        <translation>Основной долг:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest:</source>
        <translation>Вознаграждение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalties:</source>
        <translation>Неустойка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees:</source>
        <translation>Комиссии:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bank&apos;s letter of …, court claim …</source>
        <translation>письмо банка от …, исковое заявление …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete payment</source>
        <translation>Удалить платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the payment of {amount} on {day}?</source>
        <translation>Удалить платёж {amount} от {day}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete debt statement</source>
        <translation>Удалить справку о долге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the debt statement as of {day}?</source>
        <translation>Удалить справку о долге на {day}?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+189"/>
        <source>&amp;Find case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New person at the meeting…</source>
        <translation>&amp;Новый человек на встрече…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot open the case</source>
        <translation>Не удалось открыть дело</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database: {db}</source>
        <translation>База данных: {db}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody chosen (see Settings)</source>
        <translation>никто не выбран (см. Настройки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor: {name}</source>
        <translation>Консультант: {name}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="-479"/>
        <source>Which column is which</source>
        <translation>Соответствие столбцов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check each field&apos;s column; a field left at “not in the sheet” stays empty. The name is required. Your choice is remembered for sheets with these headers.</source>
        <translation>Проверьте столбец каждого поля; поле, для которого выбрано «нет в таблице», останется пустым. ФИО обязательно. Выбор запоминается для таблиц с такими заголовками.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column of the sheet</source>
        <translation>Столбец таблицы</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The first rows as they will be read:</source>
        <translation>Первые строки так, как они будут прочитаны:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remembered from the last import of a sheet with these headers.</source>
        <translation>Запомнено с прошлого импорта таблицы с такими заголовками.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guessed from the header names.</source>
        <translation>Определено по названиям столбцов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not in the sheet —</source>
        <translation>— нет в таблице —</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the column of the debtor&apos;s name.</source>
        <translation>Выберите столбец с ФИО должника.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
</context>
<context>
    <name>MeetingSheetDialog</name>
    <message>
        <location filename="../../ui/today/meeting_dialog.py" line="+51"/>
        <source>Meeting sheet</source>
        <translation>Лист для встречи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearings in the next</source>
        <translation>Заседания в ближайшие</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Making the sheet…</source>
        <translation>Составляется лист…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the meeting sheet as</source>
        <translation>Сохранить лист встречи как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {path}: {why}</source>
        <translation>Не удалось сохранить {path}: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the meeting sheet</source>
        <translation>Печать листа встречи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot print: {why}</source>
        <translation>Не удалось напечатать: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Напечатана %n страница.</numerusform>
            <numerusform>Напечатано %n страницы.</numerusform>
            <numerusform>Напечатано %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../../ui/widgets/rail.py" line="+109"/>
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="+42"/>
        <source>Choose a passphrase</source>
        <translation>Выберите парольную фразу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypted database</source>
        <translation>Зашифрованная база данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database will be encrypted with this passphrase. Without it nobody, you included, can open the database or its backups.</source>
        <translation>База данных будет зашифрована этой парольной фразой. Без неё никто, включая вас, не откроет ни базу, ни её резервные копии.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is encrypted. Type its passphrase to open it.</source>
        <translation>Эта база данных зашифрована. Введите парольную фразу, чтобы открыть её.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtdesk keeps it in memory while the database is open and never saves it.</source>
        <translation>debtdesk держит её в памяти, пока база открыта, и никогда не сохраняет.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>That passphrase does not open this database. Try again.</source>
        <translation>Эта парольная фраза не открывает базу. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/widgets/password_dialog.py" line="+25"/>
        <source>Database password</source>
        <translation>Пароль базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server asks for a password.</source>
        <translation>Сервер базы данных запрашивает пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>debtdesk does not save it. To connect without this question, put it in your PostgreSQL password file (.pgpass).</source>
        <translation>debtdesk его не сохраняет. Чтобы подключаться без этого вопроса, запишите его в файл паролей PostgreSQL (.pgpass).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server did not accept the password.</source>
        <translation>Сервер не принял пароль.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="+68"/>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page to the width</source>
        <translation>Вписать страницу по ширине</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This PDF cannot be shown</source>
        <translation>Этот PDF невозможно показать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This image cannot be shown</source>
        <translation>Это изображение невозможно показать</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../../ui/case_file/person_tab.py" line="+69"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma-separated, e.g. pensioner, activist</source>
        <translation>через запятую, например: пенсионер, активист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case and household</source>
        <translation>Дело и семья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of them minors</source>
        <translation>из них несовершеннолетних</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vulnerable</source>
        <translation>Уязвимость</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Person &amp;&amp; household</source>
        <translation>Человек и семья</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-334"/>
        <source>Check the letter</source>
        <translation>Проверьте письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the letter as it will print; it gets its number when registered.</source>
        <translation>Так письмо будет напечатано; номер присваивается при регистрации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handed in or posted on</source>
        <translation>Вручено или отправлено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reply deadline is counted from this day</source>
        <translation>Срок ответа считается от этого дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} page(s). Nothing is registered yet.</source>
        <translation>Страниц: {n}. Пока ничего не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter needs: {what}</source>
        <translation>Письму нужно: {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the day it was handed in or posted</source>
        <translation>Введите день вручения или отправки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registering the letter…</source>
        <translation>Письмо регистрируется…</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+42"/>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-224"/>
        <source>To whom, in which language?</source>
        <translation>Кому и на каком языке?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recipient (from the case)</source>
        <translation>Адресат (из дела)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the letter</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no address recorded)</source>
        <translation>(адрес не указан)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the letter&apos;s own addressee)</source>
        <translation>(адресат самого письма)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case gives no addressee for this letter: the template prints its default, or type one under Addressee on the next page if it asks.</source>
        <translation>В деле нет адресата для этого письма: шаблон напечатает адресата по умолчанию, либо укажите его в поле «Адресат» на следующей странице, если оно есть.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The debtor&apos;s language: {lang}</source>
        <translation>Язык должника: {lang}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../ui/case_file/record_tab.py" line="+80"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../../ui/reports/summary.py" line="+70"/>
        <source>Families helped</source>
        <translation>Семей, получивших помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Открытых дел</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court hearings</source>
        <translation>Судебных заседаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with someone from the group</source>
        <translation>из них с участием группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions won</source>
        <translation>Выигранных решений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions lost</source>
        <translation>Проигранных решений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction dates scheduled</source>
        <translation>Назначенных дат выселения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evictions stopped</source>
        <translation>Остановленных выселений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrowed</source>
        <translation>Взято взаймы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Требуют</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters sent</source>
        <translation>Отправлено писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies received</source>
        <translation>Получено ответов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="+3"/>
        <location filename="../../ui/pages/reports_page.py" line="+221"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="-136"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+73"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+166"/>
        <location line="+158"/>
        <source>All cities</source>
        <translation>Все города</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the range and press Show.</source>
        <translation>Выберите период и нажмите «Показать».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save sp&amp;readsheet…</source>
        <translation>Сохранить &amp;таблицу…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+126"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{where}: {months}</source>
        <translation>{where}: {months}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fewer than {n} families: the figures are withheld, so that no family can be recognised in them.</source>
        <translation>Меньше {n} семей: цифры не показываются, чтобы по ним нельзя было узнать ни одну семью.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} loans or claims have no tenge rate for their date and are left out of the sums.</source>
        <translation>Займы или требования без курса тенге на их дату не вошли в суммы: {n}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>movement-figures</source>
        <translation>показатели-движения</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Cannot save the report</source>
        <translation>Не удалось сохранить отчёт</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save the figures as a spreadsheet</source>
        <translation>Сохранить цифры в таблицу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/widgets/vault_panel.py" line="+67"/>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to put back. The database in use now is not deleted: it is kept in {folder}.</source>
        <translation>Выберите резервную копию для возврата. Текущая база данных не удаляется: она сохраняется в {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>made on closing</source>
        <translation>создана при закрытии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a database a restore replaced</source>
        <translation>база, заменённая при восстановлении</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made before an upgrade</source>
        <translation>создана перед обновлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted</source>
        <translation>зашифрована</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not encrypted</source>
        <translation>не зашифрована</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups yet in {folder}</source>
        <translation>В {folder} пока нет резервных копий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a backup file</source>
        <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>debtdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных debtdesk (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/sheets/import_wizard.py" line="+187"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rows go in together: Cancel leaves the cases as they were.</source>
        <translation>Все строки импортируются вместе: «Отмена» оставит дела такими, какими они были.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Importing {n} rows…</source>
        <translation>Импорт строк: {n}…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Go back to tick “skip invalid rows”, or correct the sheet.</source>
        <translation>Вернитесь назад и отметьте «Пропустить строки с ошибками» или исправьте таблицу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <location filename="../../ui/today/section_box.py" line="+64"/>
        <location line="+64"/>
        <source>Nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all {n}</source>
        <translation>Показать все ({n})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/registry.py" line="+6"/>
        <location filename="../../ui/pages/settings_page.py" line="+101"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="+20"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In use:</source>
        <translation>Используется:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: {why}</source>
        <translation>Только чтение: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create a database file…</source>
        <translation>Открыть или создать файл базы…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this laptop:</source>
        <translation>На этом ноутбуке:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL address</source>
        <translation>Адрес PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared server:</source>
        <translation>Общий сервер:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>debtdesk never saves a server password. It takes it from your PostgreSQL password file (.pgpass) or asks for it each time.</source>
        <translation>debtdesk никогда не сохраняет пароль сервера. Он берёт его из файла паролей PostgreSQL (.pgpass) или спрашивает каждый раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety:</source>
        <translation>Сохранность:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working as:</source>
        <translation>Работаю как:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New advisor:</source>
        <translation>Новый консультант:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your changes are recorded in the audit log under this name. This laptop remembers it.</source>
        <translation>Ваши изменения записываются в журнал аудита под этим именем. Этот ноутбук его запоминает.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface:</source>
        <translation>Интерфейс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect when debtdesk starts again.</source>
        <translation>Вступит в силу после перезапуска debtdesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor&apos;s own language</source>
        <translation>Язык самого должника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New letters:</source>
        <translation>Новые письма:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same for everyone who works on this database.</source>
        <translation>Одинаково для всех, кто работает с этой базой.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(nobody chosen)</source>
        <translation>(никто не выбран)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtdesk databases ({patterns})</source>
        <translation>Базы данных debtdesk ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../ui/templates/editor.py" line="+60"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing checklists</source>
        <translation>Чек-листы к заседаниям</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy to my templates</source>
        <translation>&amp;Копировать в мои шаблоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your copy replaces the built-in template for every letter</source>
        <translation>Ваша копия заменяет встроенный шаблон для всех писем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert to the built-in…</source>
        <translation>&amp;Вернуть встроенный…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chec&amp;k</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for errors, with the chosen case if any</source>
        <translation>Искать ошибки, с выбранным делом, если есть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved only when the template has no error (checked with the chosen case)</source>
        <translation>Сохраняется, только если в шаблоне нет ошибок (проверка с выбранным делом)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a name to find a case</source>
        <translation>Введите имя, чтобы найти дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debtor&apos;s copy</source>
        <translation>Экземпляр должника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor&apos;s copy</source>
        <translation>Экземпляр консультанта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your templates: {folder}</source>
        <translation>Ваши шаблоны: {folder}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my copy</source>
        <translation>моя копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>мой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broken</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Built-in (read-only): copy it to your templates to edit it.</source>
        <translation>Встроенный (только чтение): чтобы изменить, скопируйте его в свои шаблоны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+126"/>
        <source>Your copy: letters use this text.</source>
        <translation>Ваша копия: письма используют этот текст.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Built-in text (no copy of this language).</source>
        <translation>Встроенный текст (копии на этом языке нет).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved template</source>
        <translation>Несохранённый шаблон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to {key} ({lang})?</source>
        <translation>Сохранить изменения в {key} ({lang})?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied to your templates: {files}. You can edit it now.</source>
        <translation>Скопировано в ваши шаблоны: {files}. Теперь его можно изменить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: the template has an error.</source>
        <translation>Не сохранено: в шаблоне ошибка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved {key} ({lang}): letters use it from now on.</source>
        <translation>{key} ({lang}) сохранён: теперь письма используют его.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revert to the built-in</source>
        <translation>Вернуть встроенный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete your copy of {key} (every language) and use the built-in template again? Your edits are lost.</source>
        <translation>Удалить вашу копию {key} (на всех языках) и снова использовать встроенный шаблон? Ваши правки будут потеряны.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{key} is the built-in template again.</source>
        <translation>{key} снова встроенный шаблон.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The check found an error.</source>
        <translation>Проверка нашла ошибку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No error found (rendered for {case}).</source>
        <translation>Ошибок не найдено (сформировано для {case}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No error found (syntax only: choose a case to check more).</source>
        <translation>Ошибок не найдено (только синтаксис: выберите дело для полной проверки).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose a case to preview with.</source>
        <translation>Выберите дело для предпросмотра.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} page(s), from the text in the editor (saved or not).</source>
        <translation>Страниц: {n}, по тексту в редакторе (сохранённому или нет).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No preview: see the error.</source>
        <translation>Предпросмотра нет: см. ошибку.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../ui/letters/wizard.py" line="-171"/>
        <source>Which letter?</source>
        <translation>Какое письмо?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {name}: the letters this case has the data for.</source>
        <translation>Для {name}: письма, для которых в деле есть данные.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also show letters this case lacks data for</source>
        <translation>Показать и письма, для которых данных не хватает</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The case lacks: {what}</source>
        <translation>В деле не хватает: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lacks: {what}</source>
        <translation>не хватает: {what}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} more letters need data this case does not have yet.</source>
        <translation>Ещё {n} писем требуют данных, которых в деле пока нет.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/case_file/timeline_tab.py" line="+58"/>
        <source>the person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget line</source>
        <translation>строка бюджета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a property</source>
        <translation>имущество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a loan</source>
        <translation>заём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a payment</source>
        <translation>платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a debt statement</source>
        <translation>справка о долге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a court case</source>
        <translation>судебное дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attachment</source>
        <translation>приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist</source>
        <translation>чек-лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist item</source>
        <translation>пункт чек-листа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household size</source>
        <translation>состав семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minors</source>
        <translation>несовершеннолетние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vulnerable status</source>
        <translation>уязвимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent date</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advisor</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case number</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>стадия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>итог</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the event “{kind}”</source>
        <translation>событие «{kind}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened the case</source>
        <translation>Открыто дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {thing}</source>
        <translation>Добавлено: {thing}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed {thing}</source>
        <translation>Изменено: {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed {thing}: {fields}</source>
        <translation>Изменено: {thing}: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted {thing}</source>
        <translation>Удалено: {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {thing}</source>
        <translation>Импортировано: {thing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased the personal data of {thing}</source>
        <translation>Стёрты персональные данные: {thing}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location line="+25"/>
        <source>What happened, what was agreed, what is next…</source>
        <translation>Что произошло, о чём договорились, что дальше…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Показать</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_page.py" line="-79"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the cases of {name}</source>
        <translation>Только дела: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No advisor is set for this database</source>
        <translation>Для этой базы не выбран консультант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print meeting sheet…</source>
        <translation>Печать листа встречи…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week&apos;s hearings, evictions and auctions, to read out at the meeting</source>
        <translation>Заседания, выселения и торги этой недели — зачитать на встрече</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Homes in danger: evictions and auctions within 30 days</source>
        <translation>Жильё под угрозой: выселения и торги в течение 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue deadlines</source>
        <translation>Просроченные сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines in the next 14 days</source>
        <translation>Сроки в ближайшие 14 дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hearings this week</source>
        <translation>Заседания на этой неделе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Who goes”: who from the group will attend. Nobody yet? Ask the meeting.</source>
        <translation>«Кто идёт»: кто из группы придёт. Пока никого? Спросите на встрече.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters awaiting a reply past their date</source>
        <translation>Письма без ответа после срока</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All advisors</source>
        <translation>Все консультанты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cities</source>
        <translation>Все города</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Today: {date}</source>
        <translation>Сегодня: {date}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Marked done: {what} — {who}</source>
        <translation>Отмечено выполненным: {what} — {who}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open again: {what} — {who}</source>
        <translation>Снова открыто: {what} — {who}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone else changed this deadline meanwhile; the list is read again.</source>
        <translation>Тем временем этот срок изменил кто-то другой; список перечитан.</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <location filename="../../ui/today/section_model.py" line="+52"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day late</source>
        <translation>
            <numerusform>опоздание %n день</numerusform>
            <numerusform>опоздание %n дня</numerusform>
            <numerusform>опоздание %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days late</source>
        <translation>
            <numerusform>опоздание %n день</numerusform>
            <numerusform>опоздание %n дня</numerusform>
            <numerusform>опоздание %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debtor</source>
        <translation>Должник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advisor</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case no.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who goes</source>
        <translation>Кто идёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Mark done: {what}</source>
        <translation>Отметить выполненным: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark this deadline done (you can undo it)</source>
        <translation>Отметить срок выполненным (можно отменить)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody from the group is down to go yet; the case&apos;s advisor is {name}</source>
        <translation>Из группы пока никто не записался; консультант дела — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>UndoStrip</name>
    <message>
        <location filename="../../ui/today/undo_strip.py" line="+29"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the deadline again (Ctrl+Z)</source>
        <translation>Снова открыть срок (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>VaultPanel</name>
    <message>
        <location filename="../../ui/widgets/vault_panel.py" line="+35"/>
        <location line="+83"/>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Restore a backup…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt this database…</source>
        <translation>Зашифровать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Сменить фразу…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>On a server: its keeper backs it up and protects it.</source>
        <translation>На сервере: копии и защиту обеспечивает его владелец.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s keeper backs it up: see docs/SECURITY.md.</source>
        <translation>Резервные копии делает владелец сервера: см. docs/SECURITY.md.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypted: without the passphrase nobody can read the file or its backups.</source>
        <translation>Зашифрована: без парольной фразы никто не прочтёт файл и его копии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not encrypted: whoever gets this laptop or a copy of the file can read it.</source>
        <translation>Не зашифрована: прочесть её может любой, у кого окажется этот ноутбук или копия файла.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copying the database…</source>
        <translation>Копирование базы данных…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up (encrypted) to {path}</source>
        <translation>Резервная копия (зашифрована): {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to {path}. It is not encrypted: keep copies of it somewhere safe.</source>
        <translation>Резервная копия: {path}. Она не зашифрована: храните копии в надёжном месте.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Put the backup of {made} in place of the database? Changes made since then are not in it. The database in use now is kept in {folder}. debtdesk closes the window and opens it again.</source>
        <translation>Поставить резервную копию от {made} на место базы данных? Изменений, сделанных после, в ней нет. Текущая база сохранится в {folder}. debtdesk закроет окно и откроет его снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Older backups</source>
        <translation>Старые резервные копии</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older backups of this database are not encrypted. Whoever gets them reads them. Encrypt them with the new passphrase, or delete them?</source>
        <translation>
            <numerusform>%n старая резервная копия этой базы не зашифрована. Её прочтёт любой, к кому она попадёт. Зашифровать её новой парольной фразой или удалить?</numerusform>
            <numerusform>%n старые резервные копии этой базы не зашифрованы. Их прочтёт любой, к кому они попадут. Зашифровать их новой парольной фразой или удалить?</numerusform>
            <numerusform>%n старых резервных копий этой базы не зашифрованы. Их прочтёт любой, к кому они попадут. Зашифровать их новой парольной фразой или удалить?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt them</source>
        <translation>Зашифровать их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete them</source>
        <translation>Удалить их</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+320"/>
        <source>The database {path} is encrypted and no passphrase was given.</source>
        <translation>База данных {path} зашифрована, а парольная фраза не указана.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>debtdesk cannot open the database</source>
        <translation>debtdesk не может открыть базу данных</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+277"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>debtdesk opens the database on this laptop instead: {path}</source>
        <translation>Вместо неё debtdesk откроет базу на этом ноутбуке: {path}</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Checking the backup in full and putting it in place…</source>
        <translation>Полная проверка резервной копии и её установка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypting the database and its older backups. A big database takes minutes; the plain file is removed only when the encrypted one is checked.</source>
        <translation>Шифруются база данных и её старые резервные копии. Большая база займёт несколько минут; незашифрованный файл удаляется только после проверки зашифрованного.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the passphrase of the database and its backups…</source>
        <translation>Смена парольной фразы базы и её резервных копий…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database</source>
        <translation>Зашифровать базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>debtdesk could not back up the database</source>
        <translation>debtdesk не смог создать резервную копию базы</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="+17"/>
        <location line="+16"/>
        <source>Type the date</source>
        <translation>Введите дату</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Sent on:</source>
        <translation>Дата отправки:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reply received on:</source>
        <translation>Дата получения ответа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply (optional):</source>
        <translation>Ответ (необязательно):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to:</source>
        <translation>Относится к:</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="+98"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another advisor</source>
        <translation>другой консультант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by {who} at {when}: reload or keep yours?</source>
        <translation>Изменено: {who}, {when}. Загрузить заново или оставить ваше?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload shows their version and drops your edits. Keep yours saves your version over theirs.</source>
        <translation>«Загрузить заново» покажет его вариант, ваши правки пропадут. «Оставить моё» сохранит ваш вариант поверх его.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <location filename="../../ui/case_file/inputs.py" line="+80"/>
        <source>not a date: {text} (type it as dd.mm.yyyy)</source>
        <translation>это не дата: {text} (введите в виде дд.мм.гггг)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a time: {text} (type it as hh:mm)</source>
        <translation>это не время: {text} (введите в виде чч:мм)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick the date in a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/case_file/labels.py" line="+24"/>
        <source>Claim</source>
        <translation>Иск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court order</source>
        <translation>Судебный приказ</translation>
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
        <translation>Исполнительное производство</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Eviction</source>
        <translation>Выселение</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Bankruptcy</source>
        <translation>Банкротство</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Решение вынесено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force</source>
        <translation>Вступило в силу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seizure</source>
        <translation>Арест имущества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valuation</source>
        <translation>Оценка имущества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auction</source>
        <translation>Торги</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly won</source>
        <translation>Выиграно частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Мировое соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction stopped</source>
        <translation>Выселение остановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annuity</source>
        <translation>Аннуитетный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equal principal</source>
        <translation>Дифференцированный</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 3 working days</source>
        <translation>В течение 3 рабочих дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 2 weeks</source>
        <translation>В течение 2 недель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../ui/letters/dialogs.py" line="-46"/>
        <source>Letter sent: {no}</source>
        <translation>Письмо отправлено: {no}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reply received: {no}</source>
        <translation>Получен ответ: {no}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case itself</source>
        <translation>Само дело</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attach a paper</source>
        <translation>Прикрепить документ</translation>
    </message>
    <message>
        <location filename="../../ui/letters/labels.py" line="+21"/>
        <source>To the bank</source>
        <translation>В банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the court</source>
        <translation>В суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the bailiff</source>
        <translation>Судебному исполнителю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the regulator</source>
        <translation>Регулятору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the debtor</source>
        <translation>Должнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bank</source>
        <translation>банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank or creditor</source>
        <translation>банк или кредитор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bailiff</source>
        <translation>судебный исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulator or ombudsman</source>
        <translation>регулятор или омбудсмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debtor</source>
        <translation>должник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the advisor</source>
        <translation>консультант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the debtor&apos;s name</source>
        <translation>ФИО должника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debtor&apos;s IIN</source>
        <translation>ИИН должника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the debtor&apos;s address</source>
        <translation>адрес должника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank (the loan&apos;s creditor)</source>
        <translation>банк (кредитор по займу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the loan contract number</source>
        <translation>номер договора займа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the court of the proceeding</source>
        <translation>суд по производству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the court case number</source>
        <translation>номер судебного дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bailiff of the proceeding</source>
        <translation>судебный исполнитель по производству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coming hearing</source>
        <translation>предстоящее заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decision in final form (an event)</source>
        <translation>решение в окончательной форме (событие)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coming eviction date</source>
        <translation>предстоящая дата выселения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case&apos;s advisor</source>
        <translation>консультант дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the household&apos;s income and expenses</source>
        <translation>доходы и расходы семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today&apos;s date</source>
        <translation>сегодняшняя дата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed schedule</source>
        <translation>Предлагаемый график</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferral or instalments</source>
        <translation>Отсрочка или рассрочка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments (one a line)</source>
        <translation>Приложения (по одному в строке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appellate court</source>
        <translation>Суд апелляционной инстанции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the court decided</source>
        <translation>Что решил суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>Доводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies for the other parties</source>
        <translation>Копии для других сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State duty receipt</source>
        <translation>Квитанция о госпошлине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the court order</source>
        <translation>Дата судебного приказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the copy was received</source>
        <translation>Дата получения копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Дата встречи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting time</source>
        <translation>Время встречи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting place</source>
        <translation>Место встречи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressee (one line per line)</source>
        <translation>Адресат (построчно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the application to the bank</source>
        <translation>Дата заявления в банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the application asked</source>
        <translation>О чём просили в заявлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the bank&apos;s reply</source>
        <translation>Дата ответа банка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the bank&apos;s reply</source>
        <translation>Номер ответа банка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the bank answered</source>
        <translation>Что ответил банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the income</source>
        <translation>О доходах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures asked for</source>
        <translation>Запрашиваемые меры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalties charged</source>
        <translation>Начисленная неустойка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the valuation</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valued at</source>
        <translation>Оценено в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraiser</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market value</source>
        <translation>Рыночная стоимость</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations/base.py" line="+37"/>
        <source>The database {db} failed: {why}</source>
        <translation>Ошибка базы данных {db}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/operations/calendar.py" line="+64"/>
        <source>the range ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the range is too long</source>
        <translation>период слишком длинный</translation>
    </message>
    <message>
        <location filename="../../ui/operations/deadlines.py" line="+165"/>
        <source>this reminder follows its letter: record the reply in the Letters tab instead</source>
        <translation>это напоминание привязано к письму: запишите ответ на вкладке «Письма»</translation>
    </message>
    <message>
        <location filename="../../ui/operations/reports.py" line="+62"/>
        <source>type the first day of the range</source>
        <translation>укажите первый день периода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type the last day of the range</source>
        <translation>укажите последний день периода</translation>
    </message>
    <message>
        <location filename="../../ui/operations/sheets.py" line="+92"/>
        <source>unknown field {field}</source>
        <translation>неизвестное поле {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sheet has no column {n}</source>
        <translation>в таблице нет столбца {n}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/case_file/finance_panel.py" line="-353"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ui/operations/settings.py" line="+94"/>
        <source>Choose the debtor&apos;s language, Kazakh, Russian or English.</source>
        <translation>Выберите язык должника: казахский, русский или английский.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type the address of the PostgreSQL database.</source>
        <translation>Введите адрес базы данных PostgreSQL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PostgreSQL address starts with postgresql:// (for example postgresql://advisor@server/debtdesk).</source>
        <translation>Адрес PostgreSQL начинается с postgresql:// (например, postgresql://advisor@server/debtdesk).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a database address.</source>
        <translation>Это не адрес базы данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address needs a server and a database name: postgresql://user@server/db</source>
        <translation>В адресе нужны сервер и имя базы: postgresql://user@server/db</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../ui/sheets/labels.py" line="+20"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan amount</source>
        <translation>Сумма займа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hearing</source>
        <translation>Ближайшее заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing time</source>
        <translation>Время заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction date</source>
        <translation>Дата выселения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same IIN</source>
        <translation>тот же ИИН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>similar name</source>
        <translation>похожее ФИО</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merged</source>
        <translation>объединена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (с BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma (,)</source>
        <translation>запятая (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon (;)</source>
        <translation>точка с запятой (;)</translation>
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
        <translation>Резервные копии базы PostgreSQL делает владелец сервера: см. docs/SECURITY.md.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Choose a backup to restore.</source>
        <translation>Выберите резервную копию для восстановления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {backup} is back in place.</source>
        <translation>Резервная копия {backup} восстановлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database it replaced is kept as {path}.</source>
        <translation>Заменённая база сохранена как {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a passphrase.</source>
        <translation>Выберите парольную фразу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is encrypted.</source>
        <translation>База данных зашифрована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older plain backups encrypted too: {n}.</source>
        <translation>Зашифрованы и старые незашифрованные копии: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older plain backups deleted: {n}.</source>
        <translation>Удалены старые незашифрованные копии: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is changed, for the database and {n} backups.</source>
        <translation>Парольная фраза изменена для базы данных и резервных копий ({n}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} older backups keep an earlier passphrase: they did not open with this one.</source>
        <translation>Старые резервные копии ({n}) сохранили прежнюю парольную фразу: этой фразой они не открылись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action: {kind}</source>
        <translation>Неизвестное действие: {kind}</translation>
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
        <translation>Потребительский заём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microfinance loan</source>
        <translation>Микрокредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor</source>
        <translation>Поручитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction</source>
        <translation>Выселение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankruptcy</source>
        <translation>Банкротство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large family</source>
        <translation>Многодетная семья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single parent</source>
        <translation>Неполная семья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pensioner</source>
        <translation>Пенсионер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socially vulnerable</source>
        <translation>Социально уязвимый</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+42"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
</context>
</TS>
