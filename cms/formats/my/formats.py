"""Burmese date and number formats; Django ships none for ``my``.

Month names come from the project's Burmese catalogue (CLDR names); Burmese digits
are applied by the ``local_date`` and ``digits`` template filters, since Django's
formatting only writes ASCII digits. Example: ၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်.
"""

DATE_FORMAT = "Y ခုနှစ် Fလ j ရက်"
SHORT_DATE_FORMAT = "Y-m-d"
MONTH_DAY_FORMAT = "Fလ j ရက်"
YEAR_MONTH_FORMAT = "Y ခုနှစ် Fလ"
DATETIME_FORMAT = "Y ခုနှစ် Fလ j ရက် H:i"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 0
