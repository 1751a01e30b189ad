"""The admin is closed to anonymous visitors (demo pages in the editor: test_load_demo)."""


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
