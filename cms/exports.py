"""Admin spreadsheet exports that are safe to open, whatever people typed, and easy to find.

- Formula injection (the OWASP "CSV injection" rule): a CSV cell starting with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with ``'``, so a spreadsheet
  shows it as text instead of running it. Wagtail already writes XLSX cells as text.
- CSV is UTF-8 with a byte order mark: spreadsheet programs then read Burmese correctly.
- Control characters are dropped from every cell: openpyxl refuses them, and nobody
  typed them on purpose.
- The download buttons sit in the listing's header, not in Wagtail's "…" menu.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import HeaderButton
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

    @cached_property
    def export_urls(self):
        return {self.csv_export_url, self.xlsx_export_url} if self.show_export_buttons else set()

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.show_export_buttons:
            buttons += [
                HeaderButton(_("Download CSV"), url=self.csv_export_url, icon_name="download", priority=50),
                HeaderButton(_("Download XLSX"), url=self.xlsx_export_url, icon_name="download", priority=60),
            ]
        return buttons

    @cached_property
    def header_more_buttons(self):
        return [button for button in super().header_more_buttons if button.url not in self.export_urls]
