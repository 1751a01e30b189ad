"""Member leaves this app's state; its table lives on in the participation app."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0004_member_table_to_participation"),
        ("participation", "0004_member_from_network"),
    ]

    operations = [migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Member")])]
