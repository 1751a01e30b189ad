"""Demo content of the two networks, written for this project from their public facts.

Rich text is stored as Wagtail's HTML subset; publications are generated from the
``PUBLICATIONS`` rows. Burmese strings translate English segments by exact text.
"""

import datetime

TOPICS = [
    ("political-prisoners", "Political prisoners"),
    ("human-rights", "Human rights"),
    ("accountability", "Accountability"),
    ("democracy", "Democracy"),
    ("humanitarian-aid", "Humanitarian aid"),
    ("womens-rights", "Women's rights"),
    ("asean", "ASEAN"),
]

COUNTRIES = [
    ("mm", "Myanmar"),
    ("th", "Thailand"),
    ("my", "Malaysia"),
    ("id", "Indonesia"),
    ("ph", "Philippines"),
    ("gb", "United Kingdom"),
    ("kh", "Cambodia"),
    ("tl", "Timor-Leste"),
    ("au", "Australia"),
    ("de", "Germany"),
    ("no", "Norway"),
    ("ca", "Canada"),
]

IPAM = {
    "key": "ipam",
    "hostname": "127.0.0.1",
    "port": 8000,
    "is_default_site": True,
    "branding": {
        "name": "International Parliamentarians Alliance for Myanmar",
        "burmese_name": "မြန်မာနိုင်ငံအတွက် နိုင်ငံတကာ ပါလီမန်အမတ်များ မဟာမိတ်အဖွဲ့",
        "short_name": "IPAM",
        "about": (
            "A cross-party alliance of members of parliament from around the world, formed in "
            "March 2021 to stand with Myanmar's elected lawmakers and its people."
        ),
        "about_burmese": (
            "မြန်မာနိုင်ငံ၏ ရွေးကောက်ခံ ဥပဒေပြုအမတ်များနှင့် ပြည်သူများဘက်မှ ရပ်တည်ရန် ၂၀၂၁ ခုနှစ် မတ်လတွင် "
            "ဖွဲ့စည်းခဲ့သော ကမ္ဘာတစ်ဝှမ်းမှ ပါလီမန်အမတ်များ၏ ပါတီပေါင်းစုံ မဟာမိတ်အဖွဲ့။"
        ),
        "contact_email": "ipam@aseanmp.org",
        "parent_organisation": "ASEAN Parliamentarians for Human Rights (APHR)",
        "parent_organisation_url": "https://aseanmp.org/",
        "parent_organisation_about": (
            "APHR, founded in June 2013, brings together current and former MPs of Southeast Asia "
            "who work for democracy and human rights in the region."
        ),
        "parent_organisation_about_burmese": (
            "၂၀၁၃ ခုနှစ် ဇွန်လတွင် တည်ထောင်ခဲ့သော APHR သည် ဒေသတွင်း ဒီမိုကရေစီနှင့် လူ့အခွင့်အရေးအတွက် "
            "လုပ်ဆောင်နေသော အရှေ့တောင်အာရှမှ လက်ရှိနှင့် ယခင် ပါလီမန်အမတ်များကို စုစည်းထားသည်။"
        ),
        "social_links": [("facebook", "https://www.facebook.com/aseanmp"), ("x", "https://x.com/aseanmp")],
    },
    "home": {
        "title": "IPAM",
        "slug": "ipam",
        "hero_heading": "International Parliamentarians Alliance for Myanmar",
        "hero_intro": (
            "Lawmakers from many parliaments, working together for democracy, human rights and "
            "accountability in Myanmar."
        ),
    },
}

IPAM_CAMPAIGN = {
    "title": "Democracy in Myanmar",
    "slug": "democracy-in-myanmar",
    "accept_join_requests": True,
    "intro": "Why the alliance exists, and what its members do.",
    "problem": (
        "<p>On 1 February 2021, the day the newly elected parliament was due to sit for the first "
        "time, Myanmar's armed forces seized power and took every legislative, executive and "
        "judicial function for themselves.</p>"
        "<p>People across the country answered with mass protests and a Civil Disobedience Movement "
        "meant to leave the junta unable to govern. The military replied with killings, torture, "
        "arbitrary arrests, disappearances and looting, behind internet shutdowns and a media "
        "blackout. Abuses on this scale, widespread and systematic, may amount to crimes against "
        "humanity.</p>"
    ),
    "response": (
        "<p>Members of parliament from several countries founded the International "
        "Parliamentarians Alliance for Myanmar on 25 March 2021, as a group open to every party.</p>"
        "<p>Its members use their office, in parliament and beyond, to back their Myanmar "
        "colleagues, among them the Committee Representing the Union Parliament (CRPH), to defend "
        "democracy and human rights for everyone in Myanmar, and to see that international crimes "
        "are answered for.</p>"
        "<p>The alliance links lawmakers with Myanmar's civil society and elected representatives, "
        "gives them a place to plan joint regional and international action, and keeps a steady "
        "public voice for a democratic Myanmar.</p>"
    ),
    "join_heading": "Join the alliance",
    "join_text": (
        "<p>Are you a sitting member of parliament? Write to us to be invited to the alliance's "
        "meetings and added to its mailing list.</p>"
    ),
    "relevant_topic": "political-prisoners",
}

MWPN = {
    "key": "mwpn",
    "hostname": "mwpn.localhost",
    "port": 8000,
    "is_default_site": False,
    "branding": {
        "name": "Myanmar Women Parliamentarians Network",
        "burmese_name": "မြန်မာအမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များကွန်ရက်",
        "short_name": "MWPN",
        "about": (
            "Women elected to Myanmar's Union, State and Region parliaments in 2020, working "
            "together for a federal democratic union."
        ),
        "about_burmese": (
            "ဖက်ဒရယ် ဒီမိုကရေစီ ပြည်ထောင်စုအတွက် ပူးပေါင်းဆောင်ရွက်နေကြသော ၂၀၂၀ ခုနှစ်တွင် "
            "ပြည်ထောင်စု၊ ပြည်နယ်နှင့် တိုင်းဒေသကြီး လွှတ်တော်များသို့ ရွေးကောက်ခံ အမျိုးသမီးများ။"
        ),
        "contact_email": "myanmar@wmpnetwork.org",
        "parent_organisation": "",
        "parent_organisation_url": "",
        "parent_organisation_about": "",
        "parent_organisation_about_burmese": "",
        "social_links": [("website", "https://wmpnetwork.org/")],
    },
    "home": {
        "title": "MWPN",
        "slug": "mwpn",
        "hero_heading": "Myanmar Women Parliamentarians Network",
        "hero_intro": (
            "Over a hundred women MPs from every level of Myanmar's parliaments, standing together "
            "against military rule."
        ),
    },
}

MWPN_NETWORK = {
    "title": "About the network",
    "slug": "about",
    "founded": datetime.date(2022, 11, 2),
    "about": (
        "<p>When the military seized power in February 2021, elected representatives at national, "
        "state and region level joined millions of citizens in rejecting the coup. Women MPs "
        "took an active part in the Civil Disobedience Movement and in the peaceful mass protests, "
        "despite violent reprisals.</p>"
        "<p>In October 2021 women MPs of the state and region parliaments joined their colleagues "
        "of the national parliament around shared aims: to oppose the dictatorship, to restore "
        "democracy and to build a fully democratic federal state. They met regularly to find ways "
        "of helping communities living through conflict, and formally founded the network on "
        "2 November 2022.</p>"
    ),
    "vision": (
        "A Federal Democratic Union of Myanmar where everyone lives with dignity, human rights and "
        "equal opportunity, whatever their race, gender, religion or language."
    ),
    "mission": (
        "To stand with all the ethnic peoples of Myanmar against a military regime that tortures "
        "and kills its own citizens, and to make sure the rights of Myanmar's people are recognised "
        "in its future government and constitution."
    ),
    "who_we_are": (
        "<p>A cross-party network of women elected in the 2020 general election to the Union "
        "Parliament and to State and Region parliaments. Any woman MP elected in 2020 who does not "
        "collaborate with the military is welcome to join.</p>"
    ),
    # The figures under "Who we are" are computed from the member records (home.demo.participation).
    "members_label": "women MPs",
    "work_areas": [
        (
            "Political and humanitarian support",
            "Working with governments, parliaments and civil society at home and abroad.",
        ),
        ("Advocacy", "For gender equality, inclusion, women's empowerment and democratic rights."),
        ("Communication", "Keeping leaders, the public and partners in close contact."),
        ("Constitution", "Taking part in the process of drafting a federal democratic constitution."),
        ("Civil society", "Building working relationships with civil society organisations."),
        (
            "Capacity building",
            "Training and awareness raising for women MPs, women in politics and public service, and constituents.",
        ),
    ],
    "website": "https://wmpnetwork.org/",
}

# (site, type, date, title, topics, countries, issued_by, with Burmese document)
PUBLICATIONS = [
    (
        "ipam",
        "statement",
        "2021-03-25",
        "Parliamentarians launch an alliance for Myanmar",
        ["democracy", "human-rights"],
        ["mm", "my", "id"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "statement",
        "2021-04-20",
        "Release Myanmar's detained members of parliament",
        ["political-prisoners", "democracy"],
        ["mm"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "press-release",
        "2021-05-12",
        "Lawmakers urge ASEAN to engage the elected representatives",
        ["asean", "democracy"],
        ["mm", "th", "ph"],
        "IPAM and APHR",
        False,
    ),
    (
        "ipam",
        "letter",
        "2021-07-02",
        "Open letter on arms sales to the Myanmar military",
        ["accountability"],
        ["mm", "gb"],
        "IPAM members",
        False,
    ),
    (
        "ipam",
        "report",
        "2021-11-15",
        "Silenced: the detention of Myanmar's elected MPs",
        ["political-prisoners", "human-rights"],
        ["mm"],
        "APHR",
        True,
    ),
    (
        "ipam",
        "briefing-paper",
        "2022-02-01",
        "One year after the coup: what parliaments can do",
        ["democracy", "accountability"],
        ["mm"],
        "IPAM",
        False,
    ),
    (
        "ipam",
        "submission",
        "2022-06-10",
        "Submission on accountability for crimes against humanity",
        ["accountability", "human-rights"],
        ["mm"],
        "IPAM",
        False,
    ),
    (
        "ipam",
        "press-release",
        "2022-09-08",
        "Humanitarian access must reach people in conflict areas",
        ["humanitarian-aid"],
        ["mm", "th"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "statement",
        "2023-02-01",
        "Two years of resistance: MPs renew their call for release",
        ["political-prisoners"],
        ["mm", "my", "id", "ph"],
        "IPAM",
        False,
    ),
    (
        "ipam",
        "report",
        "2023-08-20",
        "Regional responses to the Myanmar crisis",
        ["asean", "humanitarian-aid"],
        ["mm", "th", "my", "id"],
        "APHR",
        False,
    ),
    (
        "mwpn",
        "statement",
        "2022-11-02",
        "Founding statement of the Women Parliamentarians Network",
        ["womens-rights", "democracy"],
        ["mm"],
        "MWPN",
        True,
    ),
    (
        "mwpn",
        "briefing-paper",
        "2023-03-08",
        "Women in Myanmar's democratic resistance",
        ["womens-rights", "human-rights"],
        ["mm"],
        "MWPN",
        True,
    ),
    (
        "mwpn",
        "report",
        "2024-01-15",
        "Humanitarian needs in conflict-affected communities",
        ["humanitarian-aid", "womens-rights"],
        ["mm"],
        "MWPN",
        False,
    ),
    (
        "ipam",
        "letter",
        "2021-06-15",
        "Letter to the UN Security Council on a global arms embargo",
        ["accountability", "human-rights"],
        ["mm", "gb", "my"],
        "IPAM members",
        True,
    ),
    (
        "ipam",
        "press-release",
        "2021-08-30",
        "Alliance welcomes MPs from five more parliaments",
        ["democracy"],
        ["id", "ph", "th"],
        "IPAM",
        False,
    ),
    (
        "ipam",
        "statement",
        "2021-10-26",
        "ASEAN summit must not seat the junta",
        ["asean", "democracy"],
        ["mm", "my", "id"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "briefing-paper",
        "2021-12-10",
        "Human Rights Day briefing: arbitrary detention in Myanmar",
        ["political-prisoners", "human-rights"],
        ["mm"],
        "APHR",
        False,
    ),
    (
        "ipam",
        "submission",
        "2022-03-21",
        "Submission to the Universal Periodic Review",
        ["human-rights", "accountability"],
        ["mm"],
        "IPAM and APHR",
        False,
    ),
    (
        "ipam",
        "statement",
        "2022-07-25",
        "Executions of democracy activists must be condemned",
        ["political-prisoners", "human-rights"],
        ["mm", "th", "my", "id", "ph", "gb"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "letter",
        "2022-10-14",
        "Letter to ASEAN foreign ministers on the five-point consensus",
        ["asean"],
        ["mm", "my", "id", "ph", "th"],
        "IPAM members",
        False,
    ),
    (
        "ipam",
        "report",
        "2022-12-05",
        "Parliaments and the Myanmar crisis: a year in review",
        ["democracy", "asean"],
        ["mm", "gb"],
        "APHR",
        False,
    ),
    (
        "ipam",
        "press-release",
        "2023-04-12",
        "Air strikes on civilians demand an international response",
        ["accountability", "humanitarian-aid"],
        ["mm"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "briefing-paper",
        "2023-06-20",
        "Refugees from Myanmar in neighbouring countries",
        ["humanitarian-aid", "human-rights"],
        ["th", "my", "mm"],
        "APHR",
        False,
    ),
    (
        "ipam",
        "submission",
        "2023-10-02",
        "Submission on corporate links to the Myanmar military",
        ["accountability"],
        ["mm", "gb"],
        "IPAM",
        False,
    ),
    (
        "ipam",
        "statement",
        "2024-02-01",
        "Three years on: the alliance stands with Myanmar's people",
        ["democracy", "political-prisoners"],
        ["mm", "my", "id", "ph"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "report",
        "2024-05-30",
        "Sham elections: why the junta's vote cannot be legitimate",
        ["democracy", "asean"],
        ["mm"],
        "APHR",
        False,
    ),
    (
        "ipam",
        "letter",
        "2024-09-18",
        "Letter urging protection for Myanmar's human rights defenders abroad",
        ["human-rights"],
        ["th", "my", "mm"],
        "IPAM members",
        False,
    ),
    (
        "ipam",
        "press-release",
        "2025-01-15",
        "Earthquake relief must reach every community",
        ["humanitarian-aid"],
        ["mm"],
        "IPAM",
        True,
    ),
    (
        "ipam",
        "briefing-paper",
        "2025-06-05",
        "Women lawmakers and the future federal constitution",
        ["womens-rights", "democracy"],
        ["mm"],
        "IPAM and MWPN",
        False,
    ),
    (
        "mwpn",
        "press-release",
        "2023-11-02",
        "The network marks its first year",
        ["womens-rights"],
        ["mm"],
        "MWPN",
        False,
    ),
    (
        "mwpn",
        "statement",
        "2024-03-08",
        "International Women's Day: women MPs call for an end to sexual violence",
        ["womens-rights", "accountability"],
        ["mm"],
        "MWPN",
        True,
    ),
    (
        "mwpn",
        "submission",
        "2024-07-10",
        "Submission on women's participation in the constitutional process",
        ["womens-rights", "democracy"],
        ["mm"],
        "MWPN",
        False,
    ),
    (
        "mwpn",
        "letter",
        "2025-02-14",
        "Letter to partner parliaments on humanitarian funding",
        ["humanitarian-aid"],
        ["mm", "gb"],
        "MWPN",
        False,
    ),
    (
        "ipam",
        "press-release",
        "2025-09-18",
        "Norwegian and German MPs join the alliance",
        ["democracy", "human-rights"],
        ["no", "de", "mm"],
        "IPAM",
        False,
    ),
    (
        "ipam",
        "briefing-paper",
        "2026-02-01",
        "Five years on: parliamentarians still detained in Myanmar",
        ["political-prisoners", "accountability"],
        ["mm", "au", "ca"],
        "IPAM",
        True,
    ),
    (
        "mwpn",
        "report",
        "2026-03-08",
        "Women MPs in exile: five years of work for their constituencies",
        ["womens-rights", "democracy"],
        ["mm", "th"],
        "MWPN",
        True,
    ),
    (
        "ipam",
        "letter",
        "2026-06-12",
        "Letter to ASEAN leaders on people fleeing Myanmar to Cambodia and Timor-Leste",
        ["asean", "humanitarian-aid"],
        ["kh", "tl", "mm"],
        "IPAM",
        False,
    ),
]

# The featured statement of IPAM's campaign (by slug of its title).
IPAM_FEATURED_STATEMENT = "Release Myanmar's detained members of parliament"
SUMMARIES = {
    "Norwegian and German MPs join the alliance": (
        "Members of parliament from Norway and Germany joined the alliance this month and promised "
        "to raise Myanmar in their committees and budget debates."
    ),
    "Five years on: parliamentarians still detained in Myanmar": (
        "Five years after the coup, this paper counts the elected members still held, describes what "
        "partner parliaments such as Australia's and Canada's have done, and lists the steps still open to them."
    ),
    "Women MPs in exile: five years of work for their constituencies": (
        "Network members describe how they have kept serving their constituencies from exile and in "
        "hiding, and which kinds of support helped them most."
    ),
    "Letter to ASEAN leaders on people fleeing Myanmar to Cambodia and Timor-Leste": (
        "Members ask ASEAN leaders to protect people who have fled Myanmar, not to send them back, "
        "and to let aid groups reach them."
    ),
    "Letter to the UN Security Council on a global arms embargo": (
        "Members ask the Security Council to stop the flow of weapons, aviation fuel and "
        "surveillance technology to the junta."
    ),
    "Alliance welcomes MPs from five more parliaments": (
        "New members join from parliaments across Asia and Europe, widening the alliance's reach."
    ),
    "ASEAN summit must not seat the junta": (
        "The alliance argues that the coup leaders cannot speak for Myanmar at the regional table."
    ),
    "Human Rights Day briefing: arbitrary detention in Myanmar": (
        "Figures and cases on the thousands detained for opposing the coup, lawmakers among them."
    ),
    "Submission to the Universal Periodic Review": (
        "Evidence on arrests, torture and the closing of civic space, with recommendations for states."
    ),
    "Executions of democracy activists must be condemned": (
        "The first executions in decades mark a new low; parliaments must respond with one voice."
    ),
    "Letter to ASEAN foreign ministers on the five-point consensus": (
        "The consensus has failed to stop the violence; members propose concrete benchmarks."
    ),
    "Parliaments and the Myanmar crisis: a year in review": (
        "What parliaments did in 2022, from hearings to sanctions, and what remains to be done."
    ),
    "Air strikes on civilians demand an international response": (
        "Bombing of villages, schools and clinics calls for an end to jet fuel deliveries."
    ),
    "Refugees from Myanmar in neighbouring countries": (
        "The situation of people who fled, their legal status and the protection they need."
    ),
    "Submission on corporate links to the Myanmar military": (
        "How business ties finance the military, and what governments can require of companies."
    ),
    "Three years on: the alliance stands with Myanmar's people": (
        "On the third anniversary of the coup, members renew their commitment to a democratic Myanmar."
    ),
    "Sham elections: why the junta's vote cannot be legitimate": (
        "A vote held under martial law, with opponents jailed, cannot express the people's will."
    ),
    "Letter urging protection for Myanmar's human rights defenders abroad": (
        "Activists in exile face threats and deportation; host governments should protect them."
    ),
    "Earthquake relief must reach every community": (
        "Aid after the earthquake must reach all affected areas, including those outside junta control."
    ),
    "Women lawmakers and the future federal constitution": (
        "Why women's voices must shape the constitution of a federal democratic union."
    ),
    "The network marks its first year": (
        "A year after its founding, the network reviews its work and sets its priorities."
    ),
    "International Women's Day: women MPs call for an end to sexual violence": (
        "Women MPs demand accountability for sexual violence used as a weapon of war."
    ),
    "Submission on women's participation in the constitutional process": (
        "Proposals to guarantee women's seats and voices in drafting the new constitution."
    ),
    "Letter to partner parliaments on humanitarian funding": (
        "Women MPs ask partner parliaments to fund local aid groups that reach women and children."
    ),
    "Parliamentarians launch an alliance for Myanmar": (
        "MPs from across the region and beyond form a cross-party alliance to support Myanmar's "
        "elected lawmakers and its people after the coup."
    ),
    "Release Myanmar's detained members of parliament": (
        "At least 60 elected members of Myanmar's parliament have been detained since the coup, "
        "most held incommunicado without charge. Almost 300 parliamentarians worldwide call for "
        "their immediate and unconditional release."
    ),
    "Lawmakers urge ASEAN to engage the elected representatives": (
        "Alliance members ask ASEAN to talk to Myanmar's elected representatives, not only to the "
        "junta that overthrew them."
    ),
    "Open letter on arms sales to the Myanmar military": (
        "Parliamentarians ask their governments to stop every transfer of arms and dual-use goods "
        "that could reach the Myanmar military."
    ),
    "Silenced: the detention of Myanmar's elected MPs": (
        "How elected MPs were arrested, where they are held and what their families face, with "
        "recommendations to parliaments abroad."
    ),
    "One year after the coup: what parliaments can do": (
        "Practical steps for parliaments: hearings, resolutions, sanctions and support for "
        "Myanmar's democratic institutions."
    ),
    "Submission on accountability for crimes against humanity": (
        "A submission setting out the evidence of widespread and systematic attacks on civilians "
        "and the routes to justice that remain open."
    ),
    "Humanitarian access must reach people in conflict areas": (
        "Aid must reach displaced people directly, through local organisations and across "
        "borders, not through the junta."
    ),
    "Two years of resistance: MPs renew their call for release": (
        "On the second anniversary of the coup, alliance members repeat their demand that every "
        "detained lawmaker be freed."
    ),
    "Regional responses to the Myanmar crisis": (
        "A review of how Southeast Asian governments and parliaments have answered the crisis, "
        "and where they fell short."
    ),
    "Founding statement of the Women Parliamentarians Network": (
        "Women MPs elected in 2020 announce their network and its aims: an end to military rule "
        "and a federal democratic union."
    ),
    "Women in Myanmar's democratic resistance": (
        "The part women play in the resistance, the risks they run and the support they need from partners abroad."
    ),
    "Humanitarian needs in conflict-affected communities": (
        "What women MPs hear from their constituencies about displacement, food and health care, and what would help."
    ),
}

# Demo translation states for the status report: this publication stays untranslated,
# and the campaign's English intro changes once after its translation, leaving it out of date.
# Full texts, where a publication has more to say than its summary (paragraphs).
BODIES = {
    "Release Myanmar's detained members of parliament": [
        "We, members of parliament from around the world, stand with the elected representatives of the "
        "people of Myanmar.",
        "Since the armed forces seized power on 1 February 2021, at least 60 members of Myanmar's parliament "
        "have been detained. Most are held in unknown places, without charge and without access to a lawyer, "
        "where they face a real risk of torture and ill-treatment.",
        "Being elected by the people is not a crime. We call for the immediate and unconditional release of "
        "every detained parliamentarian and of everyone arbitrarily detained since the coup, and for the rule "
        "of law to be restored in Myanmar.",
        "We ask our own governments, and ASEAN, to use every means they have to secure these releases.",
    ],
}
UNTRANSLATED_SLUG = "submission-on-corporate-links-to-the-myanmar-military"
OUT_OF_DATE_INTRO = "Why the alliance exists, what its members do, and how to join them."
