"""Month names, marked for translation so the Burmese catalogue carries them.

Django's own Burmese catalogue has no month names; ``makemessages`` finds these and
the project's ``locale/my`` supplies the CLDR names that the date filters then use.
"""

from django.utils.translation import gettext_noop

MONTH_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
