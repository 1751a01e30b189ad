"""Routes of a page that takes a public form: one the form posts to, one that thanks the sender."""

from django.http import Http404
from django.shortcuts import redirect
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from participation.submissions import receive


class SubmissionRoutesMixin(RoutablePageMixin):
    """A page whose form posts to ``<submit_route>/`` and thanks at ``<thanks_route>/``.

    A page type sets the route names, the thanks template and the context name and
    anchor of its form, and implements ``takes_submissions``, ``bound_submission_form``
    and ``notify_submission``. A bad post shows the page again with the form's errors.
    """

    submit_route = ""
    thanks_route = ""
    thanks_template = ""
    form_context_name = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "submit_route" not in cls.__dict__:
            return

        # Fresh functions per page type: the route decorator records itself on the function.
        def submit(page, request):
            return page.take_submission(request)

        def thank(page, request):
            return page.thank_sender(request)

        cls.submit_view = path(f"{cls.submit_route}/", name=cls.submit_route)(submit)
        cls.thanks_view = path(f"{cls.thanks_route}/", name=cls.thanks_route)(thank)

    @property
    def takes_submissions(self):
        raise NotImplementedError

    def bound_submission_form(self, request):
        raise NotImplementedError

    def notify_submission(self, instance):
        raise NotImplementedError

    def take_submission(self, request):
        """Stores the post (see ``submissions.receive``); GET leads back to the form on the page."""
        if not self.takes_submissions:
            raise Http404
        if request.method != "POST":
            return redirect(self.get_url(request) + f"#{self.submit_route}")
        outcome = receive(request, self.bound_submission_form(request), self.submit_route, self.notify_submission)
        if outcome.done:
            return redirect(self.get_url(request) + self.reverse_subpage(self.thanks_route))
        response = self.render(request, context_overrides={self.form_context_name: outcome.form})
        response.status_code = outcome.status
        return response

    def thank_sender(self, request):
        if not self.takes_submissions:
            raise Http404
        return self.render(request, template=self.thanks_template)
