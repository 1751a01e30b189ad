from tests.factories import NetworkPageFactory


def test_network_page_renders_every_section(client, home):
    page = NetworkPageFactory(
        parent=home,
        who_we_are="<p>A cross-party network.</p>",
        figures=[
            ("figure", {"value": "100+", "label": "women MPs"}),
            ("figure", {"value": "13", "label": "ethnic groups"}),
        ],
        work_areas=[("area", {"title": "Advocacy", "description": "For gender equality."})],
        website="https://example.org/",
    )

    html = client.get(page.url).content.decode()

    assert "<h1>About the network</h1>" in html
    assert "Women MPs came together after the coup." in html
    assert '<time datetime="2022-11-02">2 November 2022</time>' in html
    assert "A federal democratic union." in html
    assert "Stand with all the peoples of Myanmar." in html
    assert "A cross-party network." in html
    assert "<dd>100+</dd>" in html and "<dt>women MPs</dt>" in html
    assert "Advocacy" in html and "For gender equality." in html
    assert 'href="mailto:contact@example.org"' in html
    assert 'href="https://example.org/"' in html


def test_home_page_spotlights_the_network(client, home):
    page = NetworkPageFactory(parent=home, work_areas=[("area", {"title": "Capacity building"})])
    home.spotlight = page
    home.save()

    html = client.get(home.url).content.decode()

    assert "Vision" in html and "A federal democratic union." in html
    assert "Mission" in html and "Our work" in html and "Capacity building" in html
    assert f'href="{page.url}"' in html
