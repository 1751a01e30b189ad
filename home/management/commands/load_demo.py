from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Create the demo sites of IPAM and MWPN. Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 1
        builder = DemoBuilder(log=self.stdout.write if verbose else lambda message: None)
        created = builder.build()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {created} objects created."))
        else:
            self.stdout.write("Demo content already present: nothing to do.")
