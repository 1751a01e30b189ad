"""Admin spreadsheet exports that are safe to open, whatever people typed.

- Formula injection (the OWASP "CSV injection" rule): a CSV cell starting with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with ``'``, so a spreadsheet
  shows it as text instead of running it. Wagtail already writes XLSX cells as text.
- CSV is UTF-8 with a byte order mark: spreadsheet programs then read Burmese correctly.
- Control characters are dropped from every cell: openpyxl refuses them, and nobody
  typed them on purpose.
"""

from wagtail.snippets.views.snippets import IndexView

from cms.control_chars import strip_control_chars

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"


def neutralised(text):
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


class SafeExportIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if not isinstance(value, str):
            return value
        value = strip_control_chars(value)
        return neutralised(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        yield BYTE_ORDER_MARK
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
