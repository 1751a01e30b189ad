"""Say what happened after a moderator approves or rejects from the dashboard.

Wagtail's dashboard ("Awaiting your review") posts approve and request-changes to its
workflow action view, which moves the task on and returns without a word: the row just
disappears. This view wraps Wagtail's own and adds a message when the task it acted on
left "in progress" during the request, so a form sent back with errors says nothing.
"""

from django.contrib import messages
from wagtail.admin.urls import pages as page_urls
from wagtail.admin.utils import get_latest_str
from wagtail.models import Page, TaskState, WorkflowState

ACTION_NAME = "workflow_action"


def wagtail_workflow_action():
    return next(pattern.callback for pattern in page_urls.urlpatterns if pattern.name == ACTION_NAME)


def workflow_action(request, page_id, action_name, task_state_id):
    before = TaskState.objects.filter(pk=task_state_id).values_list("status", flat=True).first()
    response = wagtail_workflow_action()(request, page_id=page_id, action_name=action_name, task_state_id=task_state_id)
    if request.method == "POST" and before == TaskState.STATUS_IN_PROGRESS:
        task_state = TaskState.objects.select_related("workflow_state").filter(pk=task_state_id).first()
        if task_state is not None and task_state.status != TaskState.STATUS_IN_PROGRESS:
            messages.success(request, outcome(task_state, Page.objects.get(pk=page_id)))
    return response


def outcome(task_state, page):
    """One sentence for the moderator: what their action did to the page."""
    title = get_latest_str(page)
    if task_state.status == TaskState.STATUS_REJECTED:
        return f"Changes requested on “{title}”: it goes back to its author as a draft."
    if task_state.status == TaskState.STATUS_APPROVED:
        if task_state.workflow_state.status == WorkflowState.STATUS_APPROVED:
            return f"“{title}” approved and published."
        return f"“{title}” approved; it moves on to the next review step."
    return f"“{title}”: {task_state.get_status_display().lower()}."
