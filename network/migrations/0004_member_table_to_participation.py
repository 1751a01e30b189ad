"""Member records move to the participation app, which holds all personal data: the table is renamed."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("network", "0003_members_protect_their_network")]

    # In the state too, so that anything created later that points to members names the new table.
    operations = [migrations.AlterModelTable(name="member", table="participation_member")]
