from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class CallToActionBlock(blocks.StructBlock):
    """A heading, a sentence and one button leading to a page, a URL or an email address."""

    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=500)
    button_label = blocks.CharBlock(max_length=60)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen.")
    email = blocks.EmailBlock(required=False, help_text="Used when neither page nor URL is set.")

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
