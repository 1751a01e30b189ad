"""Member records move to the participation app, which holds all personal data: the table is renamed."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("network", "0003_members_protect_their_network")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable(name="member", table="participation_member")]
        )
    ]
