"""Burmese (Unicode) text of the demo content, keyed by the English segment it translates."""

BURMESE = {
    # Sites and home pages
    "IPAM": "IPAM",
    "MWPN": "MWPN",
    "International Parliamentarians Alliance for Myanmar": "မြန်မာနိုင်ငံအတွက် နိုင်ငံတကာ ပါလီမန်အမတ်များ မဟာမိတ်အဖွဲ့",
    "Lawmakers from many parliaments, working together for democracy, human rights and accountability in Myanmar.": (
        "မြန်မာနိုင်ငံ၏ ဒီမိုကရေစီ၊ လူ့အခွင့်အရေးနှင့် တာဝန်ခံမှုအတွက် ပူးပေါင်းဆောင်ရွက်နေကြသော ပါလီမန်များစွာမှ ဥပဒေပြုအမတ်များ။"
    ),
    "Myanmar Women Parliamentarians Network": "မြန်မာအမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များကွန်ရက်",
    "Over a hundred women MPs from every level of Myanmar's parliaments, standing together against military rule.": (
        "မြန်မာနိုင်ငံ လွှတ်တော်အဆင့်ဆင့်မှ အမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ် တစ်ရာကျော်သည် စစ်အုပ်ချုပ်ရေးကို စုစည်းညီညွတ်စွာ ဆန့်ကျင်ရပ်တည်နေကြသည်။"
    ),
    # IPAM campaign
    "Democracy in Myanmar": "မြန်မာနိုင်ငံ၏ ဒီမိုကရေစီ",
    "Why the alliance exists, and what its members do.": "မဟာမိတ်အဖွဲ့ ဘာကြောင့် ဖွဲ့စည်းခဲ့သလဲ၊ အဖွဲ့ဝင်များ ဘာလုပ်နေကြသလဲ။",
    "What is the problem?": "ပြဿနာက ဘာလဲ။",
    "On 1 February 2021, the day the newly elected parliament was due to sit for the first time, Myanmar's armed "
    "forces seized power and took every legislative, executive and judicial function for themselves.": (
        "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်၊ အသစ်ရွေးကောက်တင်မြှောက်ခံ လွှတ်တော် ပထမအကြိမ် စတင်ကျင်းပမည့်နေ့တွင် "
        "မြန်မာ့တပ်မတော်သည် အာဏာသိမ်းပြီး ဥပဒေပြု၊ အုပ်ချုပ်ရေးနှင့် တရားစီရင်ရေး အာဏာအားလုံးကို ရယူခဲ့သည်။"
    ),
    "People across the country answered with mass protests and a Civil Disobedience Movement meant to leave the junta "
    "unable to govern. The military replied with killings, torture, arbitrary arrests, disappearances and looting, "
    "behind internet shutdowns and a media blackout. Abuses on this scale, widespread and systematic, may amount to "
    "crimes against humanity.": (
        "တစ်နိုင်ငံလုံးရှိ ပြည်သူများသည် လူထုဆန္ဒပြပွဲများနှင့် စစ်ကောင်စီ အုပ်ချုပ်၍မရအောင် "
        "အာဏာဖီဆန်ရေးလှုပ်ရှားမှု (CDM) ဖြင့် တုံ့ပြန်ခဲ့ကြသည်။ စစ်တပ်က အင်တာနက်ဖြတ်တောက်ခြင်းနှင့် "
        "သတင်းပိတ်ဆို့ခြင်းတို့၏ နောက်ကွယ်တွင် သတ်ဖြတ်ခြင်း၊ ညှဉ်းပန်းနှိပ်စက်ခြင်း၊ အကြောင်းမဲ့ဖမ်းဆီးခြင်း၊ "
        "ပျောက်ကွယ်စေခြင်းနှင့် လုယက်ခြင်းတို့ဖြင့် တုံ့ပြန်ခဲ့သည်။ ကျယ်ကျယ်ပြန့်ပြန့်နှင့် စနစ်တကျ ကျူးလွန်သော "
        "ဤချိုးဖောက်မှုများသည် လူသားမျိုးနွယ်အပေါ် ကျူးလွန်သော ရာဇဝတ်မှုများ ဖြစ်နိုင်သည်။"
    ),
    "What are we doing about it?": "ကျွန်ုပ်တို့ ဘာလုပ်နေသလဲ။",
    "Members of parliament from several countries founded the International Parliamentarians Alliance for Myanmar on "
    "25 March 2021, as a group open to every party.": (
        "နိုင်ငံအများအပြားမှ ပါလီမန်အမတ်များသည် ၂၀၂၁ ခုနှစ် မတ်လ ၂၅ ရက်နေ့တွင် ပါတီမရွေး ပါဝင်နိုင်သော "
        "မြန်မာနိုင်ငံအတွက် နိုင်ငံတကာ ပါလီမန်အမတ်များ မဟာမိတ်အဖွဲ့ကို တည်ထောင်ခဲ့ကြသည်။"
    ),
    "Its members use their office, in parliament and beyond, to back their Myanmar colleagues, among them the "
    "Committee Representing the Union Parliament (CRPH), to defend democracy and human rights for everyone in "
    "Myanmar, and to see that international crimes are answered for.": (
        "အဖွဲ့ဝင်များသည် ပြည်ထောင်စုလွှတ်တော်ကိုယ်စားပြုကော်မတီ (CRPH) အပါအဝင် မြန်မာလုပ်ဖော်ကိုင်ဖက်များကို "
        "ထောက်ခံရန်၊ မြန်မာနိုင်ငံရှိ လူတိုင်းအတွက် ဒီမိုကရေစီနှင့် လူ့အခွင့်အရေးကို ကာကွယ်ရန်နှင့် "
        "နိုင်ငံတကာ ရာဇဝတ်မှုများအတွက် တာဝန်ခံစေရန် လွှတ်တော်အတွင်းနှင့် အပြင်တွင် ၎င်းတို့၏ ရာထူးကို အသုံးပြုကြသည်။"
    ),
    "The alliance links lawmakers with Myanmar's civil society and elected representatives, gives them a place to "
    "plan joint regional and international action, and keeps a steady public voice for a democratic Myanmar.": (
        "မဟာမိတ်အဖွဲ့သည် ဥပဒေပြုအမတ်များကို မြန်မာ့အရပ်ဘက်လူ့အဖွဲ့အစည်းနှင့် ရွေးကောက်တင်မြှောက်ခံ "
        "ကိုယ်စားလှယ်များနှင့် ချိတ်ဆက်ပေးပြီး ဒေသတွင်းနှင့် နိုင်ငံတကာ ပူးတွဲလုပ်ဆောင်ချက်များ စီစဉ်ရန် "
        "နေရာပေးကာ ဒီမိုကရေစီ မြန်မာနိုင်ငံအတွက် အမြဲတမ်း အသံထုတ်ပေးသည်။"
    ),
    "Join the alliance": "မဟာမိတ်အဖွဲ့တွင် ပါဝင်ရန်",
    "Are you a sitting member of parliament? Write to us to be invited to the alliance's meetings and added to its "
    "mailing list.": (
        "သင်သည် လက်ရှိ ပါလီမန်အမတ် ဖြစ်ပါသလား။ မဟာမိတ်အဖွဲ့၏ အစည်းအဝေးများသို့ ဖိတ်ကြားခံရရန်နှင့် စာပို့စာရင်းတွင် ပါဝင်ရန် ကျွန်ုပ်တို့ထံ စာရေးပါ။"
    ),
    # Publication indexes
    "Publications": "ထုတ်ပြန်ချက်များ",
    "Statements, reports, letters and briefings.": "ကြေညာချက်များ၊ အစီရင်ခံစာများ၊ ပေးစာများနှင့် အကျဉ်းချုပ်စာတမ်းများ။",
    # Issuing bodies
    "IPAM and APHR": "IPAM နှင့် APHR",
    "IPAM members": "IPAM အဖွဲ့ဝင်များ",
    "APHR": "APHR",
    "IPAM and MWPN": "IPAM နှင့် MWPN",
    # Publications: titles and summaries
    "Parliamentarians launch an alliance for Myanmar": "ပါလီမန်အမတ်များ မြန်မာနိုင်ငံအတွက် မဟာမိတ်အဖွဲ့ ထူထောင်",
    "MPs from across the region and beyond form a cross-party alliance to support Myanmar's elected lawmakers and its "
    "people after the coup.": (
        "ဒေသတွင်းနှင့် အခြားနိုင်ငံများမှ အမတ်များသည် အာဏာသိမ်းပြီးနောက် မြန်မာ့ရွေးကောက်ခံ ဥပဒေပြုအမတ်များနှင့် "
        "ပြည်သူများကို ထောက်ခံရန် ပါတီပေါင်းစုံ မဟာမိတ်အဖွဲ့ ဖွဲ့စည်းကြသည်။"
    ),
    "Release Myanmar's detained members of parliament": "ထိန်းသိမ်းခံထားရသော မြန်မာလွှတ်တော်ကိုယ်စားလှယ်များကို လွှတ်ပေးပါ",
    "At least 60 elected members of Myanmar's parliament have been detained since the coup, most held incommunicado "
    "without charge. Almost 300 parliamentarians worldwide call for their immediate and unconditional release.": (
        "အာဏာသိမ်းပြီးကတည်းက ရွေးကောက်ခံ မြန်မာလွှတ်တော်ကိုယ်စားလှယ် အနည်းဆုံး ၆၀ ဦး ထိန်းသိမ်းခံထားရပြီး "
        "အများစုကို စွဲချက်မရှိဘဲ အဆက်အသွယ်ဖြတ်ထားသည်။ ကမ္ဘာတစ်ဝှမ်းမှ ပါလီမန်အမတ် ၃၀၀ နီးပါးက "
        "၎င်းတို့ကို ချက်ချင်းနှင့် ခြွင်းချက်မရှိ လွှတ်ပေးရန် တောင်းဆိုကြသည်။"
    ),
    "Lawmakers urge ASEAN to engage the elected representatives": "ရွေးကောက်ခံ ကိုယ်စားလှယ်များနှင့် ဆွေးနွေးရန် အာဆီယံကို အမတ်များ တိုက်တွန်း",
    "Alliance members ask ASEAN to talk to Myanmar's elected representatives, not only to the junta that overthrew "
    "them.": "မဟာမိတ်အဖွဲ့ဝင်များက အာဏာသိမ်းစစ်ကောင်စီသာမက မြန်မာ့ရွေးကောက်ခံ ကိုယ်စားလှယ်များနှင့်ပါ ဆွေးနွေးရန် အာဆီယံကို တောင်းဆိုကြသည်။",
    "Open letter on arms sales to the Myanmar military": "မြန်မာ့စစ်တပ်ထံ လက်နက်ရောင်းချမှုဆိုင်ရာ အိတ်ဖွင့်ပေးစာ",
    "Parliamentarians ask their governments to stop every transfer of arms and dual-use goods that could reach the "
    "Myanmar military.": "မြန်မာ့စစ်တပ်လက်ထဲ ရောက်နိုင်သော လက်နက်နှင့် နှစ်မျိုးသုံးပစ္စည်း လွှဲပြောင်းမှုအားလုံးကို ရပ်တန့်ရန် ပါလီမန်အမတ်များက ၎င်းတို့၏ အစိုးရများကို တောင်းဆိုကြသည်။",
    "Silenced: the detention of Myanmar's elected MPs": "အသံပိတ်ခံရသူများ - ရွေးကောက်ခံ မြန်မာအမတ်များ ထိန်းသိမ်းခံရခြင်း",
    "How elected MPs were arrested, where they are held and what their families face, with recommendations to "
    "parliaments abroad.": "ရွေးကောက်ခံ အမတ်များ မည်သို့ ဖမ်းဆီးခံရသည်၊ မည်သည့်နေရာတွင် ထိန်းသိမ်းခံထားရသည်နှင့် ၎င်းတို့၏ မိသားစုများ ရင်ဆိုင်နေရသည်တို့ကို နိုင်ငံခြားပါလီမန်များအတွက် အကြံပြုချက်များနှင့်အတူ ဖော်ပြထားသည်။",
    "One year after the coup: what parliaments can do": "အာဏာသိမ်းပြီး တစ်နှစ်အကြာ - ပါလီမန်များ လုပ်ဆောင်နိုင်သည်များ",
    "Practical steps for parliaments: hearings, resolutions, sanctions and support for Myanmar's democratic "
    "institutions.": "ပါလီမန်များအတွက် လက်တွေ့ကျသော အဆင့်များ - ကြားနာမှုများ၊ ဆုံးဖြတ်ချက်များ၊ ပိတ်ဆို့အရေးယူမှုများနှင့် မြန်မာ့ဒီမိုကရေစီ အင်စတီကျူးရှင်းများကို ထောက်ပံ့ခြင်း။",
    "Submission on accountability for crimes against humanity": "လူသားမျိုးနွယ်အပေါ် ကျူးလွန်သော ရာဇဝတ်မှုများအတွက် တာဝန်ခံမှုဆိုင်ရာ တင်ပြချက်",
    "A submission setting out the evidence of widespread and systematic attacks on civilians and the routes to justice "
    "that remain open.": "အရပ်သားများအပေါ် ကျယ်ကျယ်ပြန့်ပြန့်နှင့် စနစ်တကျ တိုက်ခိုက်မှုများ၏ အထောက်အထားနှင့် ကျန်ရှိနေသော တရားမျှတမှုလမ်းကြောင်းများကို ဖော်ပြသည့် တင်ပြချက်။",
    "Humanitarian access must reach people in conflict areas": "လူသားချင်းစာနာမှု အကူအညီ ပဋိပက္ခဒေသရှိ ပြည်သူများထံ ရောက်ရှိရမည်",
    "Aid must reach displaced people directly, through local organisations and across borders, not through the "
    "junta.": "အကူအညီများသည် စစ်ကောင်စီမှတစ်ဆင့် မဟုတ်ဘဲ ဒေသခံအဖွဲ့အစည်းများနှင့် နယ်စပ်ဖြတ်ကျော်၍ အိုးအိမ်စွန့်ခွာသူများထံ တိုက်ရိုက် ရောက်ရှိရမည်။",
    "Two years of resistance: MPs renew their call for release": "တော်လှန်ရေး နှစ်နှစ် - အမတ်များ လွှတ်ပေးရန် ထပ်မံတောင်းဆို",
    "On the second anniversary of the coup, alliance members repeat their demand that every detained lawmaker be "
    "freed.": "အာဏာသိမ်းမှု နှစ်နှစ်ပြည့်တွင် ထိန်းသိမ်းခံထားရသော ဥပဒေပြုအမတ်တိုင်းကို လွှတ်ပေးရန် မဟာမိတ်အဖွဲ့ဝင်များက ထပ်မံတောင်းဆိုကြသည်။",
    "Regional responses to the Myanmar crisis": "မြန်မာ့အကျပ်အတည်းအပေါ် ဒေသတွင်း တုံ့ပြန်မှုများ",
    "A review of how Southeast Asian governments and parliaments have answered the crisis, and where they fell "
    "short.": "အရှေ့တောင်အာရှ အစိုးရများနှင့် ပါလီမန်များ အကျပ်အတည်းကို မည်သို့ တုံ့ပြန်ခဲ့သည်နှင့် မည်သည့်နေရာတွင် လိုအပ်ချက်ရှိခဲ့သည်ကို သုံးသပ်ချက်။",
    "Letter to the UN Security Council on a global arms embargo": "ကမ္ဘာလုံးဆိုင်ရာ လက်နက်ပိတ်ဆို့မှုအတွက် ကုလသမဂ္ဂ လုံခြုံရေးကောင်စီထံ ပေးစာ",
    "Members ask the Security Council to stop the flow of weapons, aviation fuel and surveillance technology to the "
    "junta.": "စစ်ကောင်စီထံ လက်နက်၊ လေယာဉ်လောင်စာနှင့် စောင့်ကြည့်ရေးနည်းပညာ စီးဆင်းမှုကို ရပ်တန့်ရန် အဖွဲ့ဝင်များက လုံခြုံရေးကောင်စီကို တောင်းဆိုကြသည်။",
    "Alliance welcomes MPs from five more parliaments": "ပါလီမန် ငါးခုမှ အမတ်အသစ်များကို မဟာမိတ်အဖွဲ့ ကြိုဆို",
    "New members join from parliaments across Asia and Europe, widening the alliance's reach.": "အာရှနှင့် ဥရောပရှိ ပါလီမန်များမှ အဖွဲ့ဝင်သစ်များ ပါဝင်လာသဖြင့် မဟာမိတ်အဖွဲ့၏ လွှမ်းခြုံမှု ကျယ်ပြန့်လာသည်။",
    "ASEAN summit must not seat the junta": "အာဆီယံ ထိပ်သီးအစည်းအဝေးတွင် စစ်ကောင်စီကို နေရာမပေးရ",
    "The alliance argues that the coup leaders cannot speak for Myanmar at the regional table.": "အာဏာသိမ်းခေါင်းဆောင်များသည် ဒေသတွင်း ဆွေးနွေးပွဲတွင် မြန်မာနိုင်ငံကို ကိုယ်စားပြု၍ မပြောဆိုနိုင်ကြောင်း မဟာမိတ်အဖွဲ့က ထောက်ပြသည်။",
    "Human Rights Day briefing: arbitrary detention in Myanmar": "လူ့အခွင့်အရေးနေ့ အကျဉ်းချုပ် - မြန်မာနိုင်ငံရှိ အကြောင်းမဲ့ ထိန်းသိမ်းမှု",
    "Figures and cases on the thousands detained for opposing the coup, lawmakers among them.": "ဥပဒေပြုအမတ်များအပါအဝင် အာဏာသိမ်းမှုကို ဆန့်ကျင်သဖြင့် ထိန်းသိမ်းခံရသူ ထောင်ချီ၏ ကိန်းဂဏန်းများနှင့် ဖြစ်ရပ်များ။",
    "Submission to the Universal Periodic Review": "အထွေထွေ ကာလအပိုင်းအခြားအလိုက် သုံးသပ်ချက် (UPR) သို့ တင်ပြချက်",
    "Evidence on arrests, torture and the closing of civic space, with recommendations for states.": "ဖမ်းဆီးမှု၊ ညှဉ်းပန်းနှိပ်စက်မှုနှင့် အရပ်ဘက်နယ်ပယ် ကျဉ်းမြောင်းလာမှုဆိုင်ရာ အထောက်အထားများကို နိုင်ငံများအတွက် အကြံပြုချက်များနှင့်အတူ။",
    "Executions of democracy activists must be condemned": "ဒီမိုကရေစီ တက်ကြွလှုပ်ရှားသူများကို ကွပ်မျက်ခြင်းကို ရှုတ်ချရမည်",
    "The first executions in decades mark a new low; parliaments must respond with one voice.": "ဆယ်စုနှစ်များအတွင်း ပထမဆုံး ကွပ်မျက်မှုများသည် အဆိုးရွားဆုံးအဆင့်သို့ ရောက်ကြောင်း ပြသနေပြီး ပါလီမန်များ တညီတညွတ်တည်း တုံ့ပြန်ရမည်။",
    "Letter to ASEAN foreign ministers on the five-point consensus": "ငါးချက်သဘောတူညီချက်နှင့် ပတ်သက်၍ အာဆီယံ နိုင်ငံခြားရေးဝန်ကြီးများထံ ပေးစာ",
    "The consensus has failed to stop the violence; members propose concrete benchmarks.": "သဘောတူညီချက်သည် အကြမ်းဖက်မှုကို ရပ်တန့်နိုင်ခြင်း မရှိသဖြင့် အဖွဲ့ဝင်များက တိကျသော စံနှုန်းများကို အဆိုပြုကြသည်။",
    "Parliaments and the Myanmar crisis: a year in review": "ပါလီမန်များနှင့် မြန်မာ့အကျပ်အတည်း - တစ်နှစ်တာ သုံးသပ်ချက်",
    "What parliaments did in 2022, from hearings to sanctions, and what remains to be done.": "၂၀၂၂ ခုနှစ်တွင် ကြားနာမှုများမှ ပိတ်ဆို့အရေးယူမှုများအထိ ပါလီမန်များ လုပ်ဆောင်ခဲ့သည်များနှင့် ဆက်လက်လုပ်ဆောင်ရန် ကျန်ရှိသည်များ။",
    "Air strikes on civilians demand an international response": "အရပ်သားများအပေါ် လေကြောင်းတိုက်ခိုက်မှုများကို နိုင်ငံတကာ တုံ့ပြန်ရမည်",
    "Bombing of villages, schools and clinics calls for an end to jet fuel deliveries.": "ကျေးရွာများ၊ ကျောင်းများနှင့် ဆေးခန်းများကို ဗုံးကြဲခြင်းကြောင့် ဂျက်လောင်စာ ပို့ဆောင်မှုကို ရပ်တန့်ရန် လိုအပ်သည်။",
    "Refugees from Myanmar in neighbouring countries": "အိမ်နီးချင်းနိုင်ငံများရှိ မြန်မာဒုက္ခသည်များ",
    "The situation of people who fled, their legal status and the protection they need.": "ထွက်ပြေးလာသူများ၏ အခြေအနေ၊ ၎င်းတို့၏ တရားဝင်အဆင့်အတန်းနှင့် လိုအပ်သော ကာကွယ်မှု။",
    "Submission on corporate links to the Myanmar military": "မြန်မာ့စစ်တပ်နှင့် ကုမ္ပဏီများ၏ ဆက်နွယ်မှုဆိုင်ရာ တင်ပြချက်",
    "How business ties finance the military, and what governments can require of companies.": "စီးပွားရေးဆက်ဆံမှုများက စစ်တပ်ကို မည်သို့ ငွေကြေးထောက်ပံ့နေသည်နှင့် အစိုးရများက ကုမ္ပဏီများထံ မည်သည်ကို တောင်းဆိုနိုင်သည်။",
    "Three years on: the alliance stands with Myanmar's people": "သုံးနှစ်အကြာ - မဟာမိတ်အဖွဲ့ မြန်မာပြည်သူများနှင့်အတူ ရပ်တည်",
    "On the third anniversary of the coup, members renew their commitment to a democratic Myanmar.": "အာဏာသိမ်းမှု သုံးနှစ်ပြည့်တွင် အဖွဲ့ဝင်များက ဒီမိုကရေစီ မြန်မာနိုင်ငံအတွက် ကတိကဝတ်ကို ထပ်မံအတည်ပြုကြသည်။",
    "Sham elections: why the junta's vote cannot be legitimate": "အတုအယောင် ရွေးကောက်ပွဲ - စစ်ကောင်စီ၏ မဲပေးပွဲ တရားဝင်မဖြစ်နိုင်သည့် အကြောင်း",
    "A vote held under martial law, with opponents jailed, cannot express the people's will.": "စစ်အုပ်ချုပ်ရေးအောက်တွင် အတိုက်အခံများကို ထောင်ချထားပြီး ကျင်းပသော မဲပေးပွဲသည် ပြည်သူ့ဆန္ဒကို ထင်ဟပ်နိုင်ခြင်း မရှိပါ။",
    "Letter urging protection for Myanmar's human rights defenders abroad": "နိုင်ငံရပ်ခြားရှိ မြန်မာ လူ့အခွင့်အရေးကာကွယ်သူများကို ကာကွယ်ပေးရန် တိုက်တွန်းသည့် ပေးစာ",
    "Activists in exile face threats and deportation; host governments should protect them.": "ပြည်ပရောက် တက်ကြွလှုပ်ရှားသူများသည် ခြိမ်းခြောက်မှုနှင့် ပြန်ပို့ခံရမှုကို ရင်ဆိုင်နေရသဖြင့် လက်ခံထားသော အစိုးရများက ကာကွယ်ပေးသင့်သည်။",
    "Earthquake relief must reach every community": "ငလျင်ကယ်ဆယ်ရေး အကူအညီ လူထုအားလုံးထံ ရောက်ရှိရမည်",
    "Aid after the earthquake must reach all affected areas, including those outside junta control.": "ငလျင်အပြီး အကူအညီများသည် စစ်ကောင်စီ ထိန်းချုပ်မှုပြင်ပ ဒေသများအပါအဝင် ထိခိုက်သော ဒေသအားလုံးသို့ ရောက်ရှိရမည်။",
    "Women lawmakers and the future federal constitution": "အမျိုးသမီး ဥပဒေပြုအမတ်များနှင့် အနာဂတ် ဖက်ဒရယ်ဖွဲ့စည်းပုံ",
    "Why women's voices must shape the constitution of a federal democratic union.": "ဖက်ဒရယ် ဒီမိုကရေစီ ပြည်ထောင်စု၏ ဖွဲ့စည်းပုံကို အမျိုးသမီးများ၏ အသံက ပုံဖော်ရမည့် အကြောင်း။",
    # MWPN network page
    "About the network": "ကွန်ရက်အကြောင်း",
    "When the military seized power in February 2021, elected representatives at national, state and region level "
    "joined millions of citizens in rejecting the coup. Women MPs took an active part in the Civil Disobedience "
    "Movement and in the peaceful mass protests, despite violent reprisals.": (
        "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလတွင် စစ်တပ်က အာဏာသိမ်းသောအခါ ပြည်ထောင်စု၊ ပြည်နယ်နှင့် တိုင်းဒေသကြီးအဆင့် "
        "ရွေးကောက်ခံ ကိုယ်စားလှယ်များသည် သန်းပေါင်းများစွာသော နိုင်ငံသားများနှင့်အတူ အာဏာသိမ်းမှုကို "
        "ငြင်းပယ်ခဲ့ကြသည်။ အမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များသည် အကြမ်းဖက် လက်စားချေမှုများကြားမှ "
        "အာဏာဖီဆန်ရေး လှုပ်ရှားမှုနှင့် ငြိမ်းချမ်းသော လူထုဆန္ဒပြပွဲများတွင် တက်ကြွစွာ ပါဝင်ခဲ့ကြသည်။"
    ),
    "In October 2021 women MPs of the state and region parliaments joined their colleagues of the national parliament "
    "around shared aims: to oppose the dictatorship, to restore democracy and to build a fully democratic federal "
    "state. They met regularly to find ways of helping communities living through conflict, and formally founded the "
    "network on 2 November 2022.": (
        "၂၀၂၁ ခုနှစ် အောက်တိုဘာလတွင် ပြည်နယ်နှင့် တိုင်းဒေသကြီး လွှတ်တော်များမှ အမျိုးသမီး ကိုယ်စားလှယ်များသည် "
        "အာဏာရှင်စနစ်ကို ဆန့်ကျင်ရန်၊ ဒီမိုကရေစီကို ပြန်လည်ထူထောင်ရန်နှင့် ဒီမိုကရေစီ အပြည့်အဝ ဖက်ဒရယ်နိုင်ငံ "
        "တည်ဆောက်ရန် ဘုံရည်မှန်းချက်များဖြင့် ပြည်ထောင်စုလွှတ်တော်မှ လုပ်ဖော်ကိုင်ဖက်များနှင့် ပူးပေါင်းခဲ့ကြသည်။ "
        "ပဋိပက္ခဒဏ်ခံနေရသော လူထုကို ကူညီရန် နည်းလမ်းများ ရှာဖွေရန် ပုံမှန်တွေ့ဆုံခဲ့ကြပြီး ၂၀၂၂ ခုနှစ် "
        "နိုဝင်ဘာလ ၂ ရက်နေ့တွင် ကွန်ရက်ကို တရားဝင် တည်ထောင်ခဲ့ကြသည်။"
    ),
    "A Federal Democratic Union of Myanmar where everyone lives with dignity, human rights and equal opportunity, "
    "whatever their race, gender, religion or language.": (
        "လူမျိုး၊ ကျား၊ မ၊ ဘာသာနှင့် ဘာသာစကား မခွဲခြားဘဲ လူတိုင်း ဂုဏ်သိက္ခာ၊ လူ့အခွင့်အရေးနှင့် "
        "တန်းတူအခွင့်အလမ်းဖြင့် နေထိုင်နိုင်သော ဖက်ဒရယ် ဒီမိုကရေစီ မြန်မာပြည်ထောင်စု။"
    ),
    "To stand with all the ethnic peoples of Myanmar against a military regime that tortures and kills its own "
    "citizens, and to make sure the rights of Myanmar's people are recognised in its future government and "
    "constitution.": (
        "မိမိနိုင်ငံသားများကို ညှဉ်းပန်းနှိပ်စက်သတ်ဖြတ်နေသော စစ်အစိုးရကို ဆန့်ကျင်၍ မြန်မာနိုင်ငံရှိ "
        "တိုင်းရင်းသားအားလုံးနှင့်အတူ ရပ်တည်ရန်နှင့် မြန်မာပြည်သူများ၏ အခွင့်အရေးများကို အနာဂတ် အစိုးရနှင့် "
        "ဖွဲ့စည်းပုံအခြေခံဥပဒေတွင် အသိအမှတ်ပြုစေရန်။"
    ),
    "A cross-party network of women elected in the 2020 general election to the Union Parliament and to State and "
    "Region parliaments. Any woman MP elected in 2020 who does not collaborate with the military is welcome to join.": (
        "၂၀၂၀ အထွေထွေရွေးကောက်ပွဲတွင် ပြည်ထောင်စုလွှတ်တော်နှင့် ပြည်နယ်၊ တိုင်းဒေသကြီး လွှတ်တော်များသို့ "
        "ရွေးကောက်ခံရသော အမျိုးသမီးများ၏ ပါတီပေါင်းစုံ ကွန်ရက်။ စစ်တပ်နှင့် ပူးပေါင်းခြင်းမရှိသော "
        "၂၀၂၀ ရွေးကောက်ခံ အမျိုးသမီး ကိုယ်စားလှယ်မည်သူမဆို ပါဝင်နိုင်သည်။"
    ),
    "women MPs": "အမျိုးသမီး ကိုယ်စားလှယ်",
    "Our work": "ကျွန်ုပ်တို့၏ လုပ်ငန်းများ",
    "Political and humanitarian support": "နိုင်ငံရေးနှင့် လူသားချင်းစာနာမှု ထောက်ပံ့ရေး",
    "Working with governments, parliaments and civil society at home and abroad.": "ပြည်တွင်းပြည်ပရှိ အစိုးရများ၊ ပါလီမန်များနှင့် အရပ်ဘက်လူ့အဖွဲ့အစည်းများနှင့် ပူးပေါင်းဆောင်ရွက်ခြင်း။",
    "Advocacy": "မူဝါဒ စည်းရုံးလှုံ့ဆော်ရေး",
    "For gender equality, inclusion, women's empowerment and democratic rights.": "ကျား၊ မ တန်းတူညီမျှမှု၊ အားလုံးပါဝင်မှု၊ အမျိုးသမီး စွမ်းဆောင်ရည်မြှင့်တင်ရေးနှင့် ဒီမိုကရေစီ အခွင့်အရေးများအတွက်။",
    "Communication": "ဆက်သွယ်ရေး",
    "Keeping leaders, the public and partners in close contact.": "ခေါင်းဆောင်များ၊ ပြည်သူများနှင့် မိတ်ဖက်များကြား နီးကပ်စွာ ဆက်သွယ်ထားခြင်း။",
    "Constitution": "ဖွဲ့စည်းပုံအခြေခံဥပဒေ",
    "Taking part in the process of drafting a federal democratic constitution.": "ဖက်ဒရယ် ဒီမိုကရေစီ ဖွဲ့စည်းပုံ ရေးဆွဲရေး လုပ်ငန်းစဉ်တွင် ပါဝင်ခြင်း။",
    "Civil society": "အရပ်ဘက်လူ့အဖွဲ့အစည်း",
    "Building working relationships with civil society organisations.": "အရပ်ဘက် အဖွဲ့အစည်းများနှင့် လုပ်ငန်းဆက်ဆံရေး တည်ဆောက်ခြင်း။",
    "Capacity building": "စွမ်းရည်မြှင့်တင်ရေး",
    "Training and awareness raising for women MPs, women in politics and public service, and constituents.": "အမျိုးသမီး ကိုယ်စားလှယ်များ၊ နိုင်ငံရေးနှင့် ပြည်သူ့ဝန်ဆောင်မှုတွင် ပါဝင်သော အမျိုးသမီးများနှင့် မဲဆန္ဒရှင်များအတွက် သင်တန်းနှင့် အသိပညာမြှင့်တင်ခြင်း။",
    # MWPN publications
    "Founding statement of the Women Parliamentarians Network": "အမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များကွန်ရက် တည်ထောင်ခြင်းဆိုင်ရာ ကြေညာချက်",
    "Women MPs elected in 2020 announce their network and its aims: an end to military rule and a federal democratic "
    "union.": "၂၀၂၀ ရွေးကောက်ခံ အမျိုးသမီး ကိုယ်စားလှယ်များက ၎င်းတို့၏ ကွန်ရက်နှင့် ရည်မှန်းချက်များဖြစ်သော စစ်အုပ်ချုပ်ရေး အဆုံးသတ်ရေးနှင့် ဖက်ဒရယ် ဒီမိုကရေစီ ပြည်ထောင်စုကို ကြေညာကြသည်။",
    "Women in Myanmar's democratic resistance": "မြန်မာ့ဒီမိုကရေစီ တော်လှန်ရေးထဲက အမျိုးသမီးများ",
    "The part women play in the resistance, the risks they run and the support they need from partners abroad.": "တော်လှန်ရေးတွင် အမျိုးသမီးများ၏ အခန်းကဏ္ဍ၊ ၎င်းတို့ ရင်ဆိုင်ရသော အန္တရာယ်များနှင့် ပြည်ပမိတ်ဖက်များထံမှ လိုအပ်သော ထောက်ပံ့မှု။",
    "Humanitarian needs in conflict-affected communities": "ပဋိပက္ခဒဏ်ခံ လူထုများ၏ လူသားချင်းစာနာမှု လိုအပ်ချက်များ",
    "What women MPs hear from their constituencies about displacement, food and health care, and what would help.": "အိုးအိမ်စွန့်ခွာရမှု၊ စားနပ်ရိက္ခာနှင့် ကျန်းမာရေးစောင့်ရှောက်မှုအကြောင်း အမျိုးသမီး ကိုယ်စားလှယ်များ မဲဆန္ဒနယ်မှ ကြားသိရသည်များနှင့် အထောက်အကူဖြစ်မည့်အရာများ။",
    "The network marks its first year": "ကွန်ရက် တစ်နှစ်ပြည့်",
    "A year after its founding, the network reviews its work and sets its priorities.": "တည်ထောင်ပြီး တစ်နှစ်အကြာတွင် ကွန်ရက်က ၎င်း၏ လုပ်ငန်းများကို ပြန်လည်သုံးသပ်ပြီး ဦးစားပေးများကို ချမှတ်သည်။",
    "International Women's Day: women MPs call for an end to sexual violence": "အပြည်ပြည်ဆိုင်ရာ အမျိုးသမီးများနေ့ - လိင်အကြမ်းဖက်မှု အဆုံးသတ်ရန် အမျိုးသမီး ကိုယ်စားလှယ်များ တောင်းဆို",
    "Women MPs demand accountability for sexual violence used as a weapon of war.": "စစ်လက်နက်အဖြစ် အသုံးပြုသော လိင်အကြမ်းဖက်မှုအတွက် တာဝန်ခံမှု ရှိစေရန် အမျိုးသမီး ကိုယ်စားလှယ်များ တောင်းဆိုကြသည်။",
    "Submission on women's participation in the constitutional process": "ဖွဲ့စည်းပုံ လုပ်ငန်းစဉ်တွင် အမျိုးသမီးများ ပါဝင်ရေးဆိုင်ရာ တင်ပြချက်",
    "Proposals to guarantee women's seats and voices in drafting the new constitution.": "ဖွဲ့စည်းပုံအသစ် ရေးဆွဲရာတွင် အမျိုးသမီးများ၏ နေရာနှင့် အသံကို အာမခံရန် အဆိုပြုချက်များ။",
    "Letter to partner parliaments on humanitarian funding": "လူသားချင်းစာနာမှု ရန်ပုံငွေနှင့် ပတ်သက်၍ မိတ်ဖက်ပါလီမန်များထံ ပေးစာ",
    "Women MPs ask partner parliaments to fund local aid groups that reach women and children.": "အမျိုးသမီးများနှင့် ကလေးများထံ ရောက်ရှိသော ဒေသခံ အကူအညီအဖွဲ့များကို ရန်ပုံငွေ ထောက်ပံ့ရန် အမျိုးသမီး ကိုယ်စားလှယ်များက မိတ်ဖက်ပါလီမန်များကို တောင်းဆိုကြသည်။",
    # Topics and countries
    "ASEAN": "အာဆီယံ",
    "Accountability": "တာဝန်ခံမှု",
    "Democracy": "ဒီမိုကရေစီ",
    "Human rights": "လူ့အခွင့်အရေး",
    "Humanitarian aid": "လူသားချင်းစာနာမှု အကူအညီ",
    "Political prisoners": "နိုင်ငံရေး အကျဉ်းသားများ",
    "Women's rights": "အမျိုးသမီး အခွင့်အရေး",
    "Indonesia": "အင်ဒိုနီးရှား",
    "Malaysia": "မလေးရှား",
    "Myanmar": "မြန်မာ",
    "Philippines": "ဖိလစ်ပိုင်",
    "Thailand": "ထိုင်း",
    "United Kingdom": "ယူနိုက်တက်ကင်းဒမ်း",
    "Cambodia": "ကမ္ဘောဒီးယား",
    "Timor-Leste": "တီမောလက်စ်တေ",
    "Australia": "ဩစတြေးလျ",
    "Germany": "ဂျာမနီ",
    "Norway": "နော်ဝေ",
    "Canada": "ကနေဒါ",
    # Publications added for the fifth year
    "Norwegian and German MPs join the alliance": "နော်ဝေနှင့် ဂျာမနီ လွှတ်တော်ကိုယ်စားလှယ်များ မဟာမိတ်အဖွဲ့သို့ ပူးပေါင်း",
    "Members of parliament from Norway and Germany joined the alliance this month and promised "
    "to raise Myanmar in their committees and budget debates.": (
        "နော်ဝေနှင့် ဂျာမနီမှ ပါလီမန်အမတ်များသည် ယခုလတွင် မဟာမိတ်အဖွဲ့သို့ ပူးပေါင်းခဲ့ပြီး "
        "၎င်းတို့၏ ကော်မတီများနှင့် ဘတ်ဂျက်ဆွေးနွေးပွဲများတွင် မြန်မာနိုင်ငံအရေးကို တင်ပြမည်ဟု ကတိပြုခဲ့သည်။"
    ),
    "Five years on: parliamentarians still detained in Myanmar": (
        "ငါးနှစ်ကြာပြီးနောက် - မြန်မာနိုင်ငံတွင် ထိန်းသိမ်းခံနေရဆဲ လွှတ်တော်ကိုယ်စားလှယ်များ"
    ),
    "Five years after the coup, this paper counts the elected members still held, describes what "
    "partner parliaments such as Australia's and Canada's have done, and lists the steps still open to them.": (
        "အာဏာသိမ်းပြီး ငါးနှစ်အကြာတွင် ထိန်းသိမ်းခံနေရဆဲ ရွေးကောက်ခံ ကိုယ်စားလှယ်များကို ရေတွက်ပြီး "
        "ဩစတြေးလျနှင့် ကနေဒါကဲ့သို့ မိတ်ဖက်လွှတ်တော်များ လုပ်ဆောင်ခဲ့သည်များနှင့် "
        "ဆက်လက်လုပ်ဆောင်နိုင်သည့် အဆင့်များကို ဤစာတမ်းတွင် ဖော်ပြထားသည်။"
    ),
    "Women MPs in exile: five years of work for their constituencies": (
        "ပြည်ပရောက် အမျိုးသမီး လွှတ်တော်ကိုယ်စားလှယ်များ - မဲဆန္ဒနယ်များအတွက် ငါးနှစ်တာ လုပ်ဆောင်မှု"
    ),
    "Network members describe how they have kept serving their constituencies from exile and in "
    "hiding, and which kinds of support helped them most.": (
        "ကွန်ရက်အဖွဲ့ဝင်များသည် ပြည်ပတွင်လည်းကောင်း၊ ပုန်းအောင်းရင်းလည်းကောင်း မိမိမဲဆန္ဒနယ်များအတွက် "
        "ဆက်လက်လုပ်ဆောင်ခဲ့ပုံနှင့် အထောက်အကူအဖြစ်ဆုံး ပံ့ပိုးမှုများကို ဖော်ပြထားသည်။"
    ),
    "Letter to ASEAN leaders on people fleeing Myanmar to Cambodia and Timor-Leste": (
        "ကမ္ဘောဒီးယားနှင့် တီမောလက်စ်တေသို့ ထွက်ပြေးလာသော မြန်မာနိုင်ငံသားများဆိုင်ရာ အာဆီယံခေါင်းဆောင်များထံ ပေးစာ"
    ),
    "Members ask ASEAN leaders to protect people who have fled Myanmar, not to send them back, "
    "and to let aid groups reach them.": (
        "မြန်မာနိုင်ငံမှ ထွက်ပြေးလာသူများကို ကာကွယ်ရန်၊ ပြန်လည်မပို့ရန်နှင့် အကူအညီပေးအဖွဲ့များ "
        "ရောက်ရှိနိုင်စေရန် အာဆီယံခေါင်းဆောင်များကို အမတ်များက တောင်းဆိုထားသည်။"
    ),
    # The text of the statement calling for the release of Myanmar's MPs
    "We, members of parliament from around the world, stand with the elected representatives of the "
    "people of Myanmar.": ("ကမ္ဘာတစ်ဝှမ်းမှ ပါလီမန်အမတ်များဖြစ်သော ကျွန်ုပ်တို့သည် မြန်မာပြည်သူများ၏ ရွေးကောက်ခံ ကိုယ်စားလှယ်များဘက်တွင် ရပ်တည်ပါသည်။"),
    "Since the armed forces seized power on 1 February 2021, at least 60 members of Myanmar's parliament "
    "have been detained. Most are held in unknown places, without charge and without access to a lawyer, "
    "where they face a real risk of torture and ill-treatment.": (
        "၂၀၂၁ ခုနှစ် ဖေဖော်ဝါရီလ ၁ ရက်နေ့တွင် တပ်မတော်က အာဏာသိမ်းပြီးနောက် မြန်မာလွှတ်တော်ကိုယ်စားလှယ် "
        "အနည်းဆုံး ၆၀ ဦး ထိန်းသိမ်းခံထားရသည်။ အများစုကို မသိရသော နေရာများတွင် စွဲချက်မရှိဘဲ "
        "ရှေ့နေနှင့် တွေ့ဆုံခွင့်မရှိဘဲ ထိန်းသိမ်းထားပြီး ညှဉ်းပန်းနှိပ်စက်ခံရနိုင်သည့် အန္တရာယ်နှင့် ရင်ဆိုင်နေရသည်။"
    ),
    "Being elected by the people is not a crime. We call for the immediate and unconditional release of "
    "every detained parliamentarian and of everyone arbitrarily detained since the coup, and for the rule "
    "of law to be restored in Myanmar.": (
        "ပြည်သူက ရွေးကောက်တင်မြှောက်ခြင်းခံရခြင်းသည် ရာဇဝတ်မှု မဟုတ်ပါ။ ထိန်းသိမ်းခံထားရသော "
        "လွှတ်တော်ကိုယ်စားလှယ်အားလုံးနှင့် အာဏာသိမ်းပြီးနောက် တရားမဲ့ ထိန်းသိမ်းခံထားရသူအားလုံးကို "
        "ချက်ချင်း ခြွင်းချက်မရှိ လွှတ်ပေးရန်နှင့် မြန်မာနိုင်ငံတွင် တရားဥပဒေစိုးမိုးရေး ပြန်လည်ရှိစေရန် ကျွန်ုပ်တို့ တောင်းဆိုပါသည်။"
    ),
    "We ask our own governments, and ASEAN, to use every means they have to secure these releases.": (
        "ဤသူများ လွတ်မြောက်ရေးအတွက် တတ်နိုင်သမျှ နည်းလမ်းအားလုံးကို အသုံးပြုရန် ကျွန်ုပ်တို့၏ အစိုးရများနှင့် အာဆီယံကို တောင်းဆိုပါသည်။"
    ),
}
