from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class CallToActionBlock(blocks.StructBlock):
    """A heading, a sentence and one button leading to a page, a URL or an email address."""

    heading = blocks.CharBlock(max_length=120, help_text="What you ask readers to do, e.g. 'Sign the statement'.")
    text = blocks.TextBlock(required=False, max_length=500, help_text="A sentence or two of why. Optional.")
    button_label = blocks.CharBlock(
        max_length=60, help_text="The button's words, e.g. 'Sign now'. Up to 60 characters."
    )
    page = blocks.PageChooserBlock(required=False, help_text="Where the button leads on this site.")
    url = blocks.URLBlock(required=False, help_text="An address on another site; used when no page is chosen.")
    email = blocks.EmailBlock(
        required=False, help_text="The button writes to this address; used when neither page nor address is set."
    )

    class Meta:
        icon = "pick"
        label = "Call to action"
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("page") or value.get("url") or value.get("email")):
            error = ValidationError("Choose a page, a URL or an email address for the button.")
            raise StructBlockValidationError(block_errors={"page": error})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["href"] = self.target(value)
        return context

    @staticmethod
    def target(value):
        if value.get("page"):
            return value["page"].localized.url
        if value.get("url"):
            return value["url"]
        return f"mailto:{value['email']}" if value.get("email") else ""
