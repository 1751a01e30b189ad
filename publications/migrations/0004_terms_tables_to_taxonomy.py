"""Topics and countries move to the taxonomy app: first their tables are renamed.

The state still holds them here until ``taxonomy.0001_initial`` takes them over and
``0006_terms_moved`` lets them go, so no row is copied and every id stays.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("publications", "0003_publicationpage_open_for_signatures")]

    # In the state too: a table created later that points to these (a fresh database may
    # create the signatures' table after this step) must name the renamed table.
    operations = [
        migrations.AlterModelTable(name="topic", table="taxonomy_topic"),
        migrations.AlterModelTable(name="country", table="taxonomy_country"),
    ]
