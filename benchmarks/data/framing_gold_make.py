"""Write ``framing_gold.jsonl``: short news passages of our own (CC0, written for this set) in
English, Arabic and Persian, with every loaded term in them marked by hand, to measure
:func:`rashomon.stages.framing.lexicon.loaded_terms` on text its lexicon was not written from.

The set is blind: every passage and every mark was written before the matcher was run on any of
them, and without reading the lexicon's list of terms or exclusions. It is held out: the lexicon
is never changed to fit it. The facts (places, dates, who said what in outline) are public
record; the sentences are ours and the outlets unnamed or named only as the kind of outlet that
would use such words.

Each passage mixes loaded naming (martyr, terrorist, liberation, regime, militia, resistance,
occupation, aggression and their Arabic and Persian counterparts) with plain naming of the same
events, and with uses of the same words that are not loaded: the flow regime of a river, the
liberation of hostages by negotiation, a ward resisting cholera, squares named for martyrs, a
word discussed as a word, a designation stated as a fact ("counter-terrorism service").

Annotation conventions (the categories are those of ``data/framing/README.md``):

* a span is a loaded term wherever someone in the text chooses it to name a side, a person, an
  act or an event: the outlet itself or a speaker it quotes (the speaker's choice is still
  naming in the text). A word mentioned as a word, a proper name (Martyrs' Square, the
  Resistance in wartime France), or a plain sense of the word is not marked;
* ``glorifying`` (martyr, liberation, heroes, resistance as a name of an armed side),
  ``delegitimising`` (terrorist, regime, militia, occupation, aggression, mercenaries, thugs),
  ``euphemism`` (neutralised, collateral damage, surgical strike, regrouping) and ``religious``
  (jihad, crusaders, infidels, apostates, mujahideen, enemy of God);
* the span is the shortest stretch that carries the loading: "terrorist" in "terrorist cell",
  but the whole of a fixed phrase ("collateral damage", "Zionist entity", "Great Satan",
  "defenders of the shrine"); in Arabic and Persian the whole written word, with its attached
  proclitics (و، ب، ال) or suffixes (ها، ان، ی).

Marks are written inline as ``[surface|c]`` with ``c`` one of ``g d e r``; this script strips
them, so each span's offsets come from the text itself and cannot drift. In Arabic and Persian
it widens each mark to its whole written word (:func:`_word`): 21 Arabic marks had been written
after an attached بـ، لـ or و, against the convention. That widening, added after the first run
of the matcher, is the only change made since; no text, mark or category was changed. Run
``.venv/bin/python benchmarks/data/framing_gold_make.py`` to rebuild ``framing_gold.jsonl``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "framing_gold.jsonl"
CATEGORY = {"g": "glorifying", "d": "delegitimising", "e": "euphemism", "r": "religious"}
_MARK = re.compile(r"\[([^\[\]|]+)\|([gder])\]")
_WORD = re.compile(r"[\w\u0640\u200c]")  # a letter, tatweel or ZWNJ

Passage = dict[str, Any]
PASSAGES: list[Passage] = []


def P(id: str, lang: str, marked: str) -> None:
    """Add a passage written with inline marks; whitespace runs (the source's line breaks)
    become single spaces before the marks are resolved to offsets."""
    marked = " ".join(marked.split())
    text: list[str] = []
    spans: list[dict[str, Any]] = []
    at = 0
    for m in _MARK.finditer(marked):
        text.append(marked[at : m.start()])
        start = sum(map(len, text))
        surface = m.group(1)
        text.append(surface)
        spans.append(
            {"start": start, "end": start + len(surface), "category": CATEGORY[m.group(2)],
             "surface": surface}
        )  # fmt: skip
        at = m.end()
    text.append(marked[at:])
    plain = "".join(text)
    if "[" in plain or "]" in plain or "|" in plain:
        raise ValueError(f"{id}: a mark is malformed")
    if lang in ("ar", "fa"):
        for span in spans:
            span["start"], span["end"] = _word(plain, span["start"], span["end"])
            span["surface"] = plain[span["start"] : span["end"]]
    PASSAGES.append({"id": id, "lang": lang, "text": plain, "spans": spans})


def _word(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a mark to its whole written word: an attached proclitic written outside the mark
    (``بـ[جرائم|d]``, ``و[صمود|g]``) belongs to the span by the convention above."""
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


# The passages keep their hand wrapping: a call per passage reads like the text it holds.
# fmt: off
# --- English ---------------------------------------------------------------------------------

P("en-01", "en", """Syrian state television said on Sunday that the army had completed the
[liberation|g] of Saraqib from [terrorist|d] groups, and showed soldiers raising the flag over
the town hall. Opposition activists said the town had been emptied of its 30,000 residents
during weeks of bombardment. A local council member reached by phone called the advancing
troops [regime|d] forces and said the [militias|d] fighting beside them had looted shops on the
main road.""")

P("en-02", "en", """Hundreds of mourners carried the coffins of three young men through the
streets of Jenin on Tuesday, chanting that the [martyrs|g] would not be forgotten. The Israeli
military said the three were armed [terrorists|d] who opened fire on troops during an arrest
raid. Palestinian health officials said the men were 19, 21 and 24. The governor of Jenin
condemned what he called the [occupation|d]'s [crimes|d] and said the camp would continue its
[resistance|g].""")

P("en-03", "en", """Engineers say the flow regime of the river has changed since the dam
upstream began filling in 2020. Farmers near Deir ez-Zor report that the Euphrates is lower in
summer than anyone can remember, and that salt is resisting every attempt to flush it out of
the fields. The irrigation authority has asked for a new rotation regime for the canals.""")

P("en-04", "en", """The liberation of the 17 hostages was negotiated over four days by Qatari
mediators, a diplomat familiar with the talks said. The hostages, mostly aid workers, were
released at a border crossing on Thursday morning and flown to Doha for medical checks. The
group that held them did not comment.""")

P("en-05", "en", """Iran's foreign ministry condemned what it called the [Zionist regime|d]'s
"[aggression|d]" against Syrian territory after an air strike near Damascus killed two officers
of the Revolutionary Guards. The ministry's spokesman said the officers were [martyred|g] while
on an advisory mission and described them as [defenders of the shrine|g]. Israel does not
usually comment on strikes in Syria.""")

P("en-06", "en", """A Pentagon spokesman said the strike in eastern Syria had [neutralized|e] a
senior commander of an Iran-backed [militia|d] and that there was no indication of civilian
casualties. Local residents told reporters that a farmhouse was hit and that a family of five
was inside. Asked about the reports, a defence official said that any [collateral damage|e]
would be reviewed.""")

P("en-07", "en", """Hospital staff in Aden have spent three weeks resisting a cholera outbreak
with almost no chlorine, the head of the infectious diseases ward said. "We are fighting on
every front," she said, adding that the ward's only generator had failed twice. The city's
water regime, pumps running for two hours a day, has made the problem worse.""")

P("en-08", "en", """Houthi-run Al-Masirah television broadcast footage it said showed the
[heroic|g] [mujahideen|r] of the army and popular committees repelling an advance by
[mercenaries|d] of the Saudi-American [aggression|d] near Marib. The Saudi-led coalition said
its forces had pushed back Houthi [militias|d] backed by Iran and killed dozens of them.""")

P("en-09", "en", """In a sermon broadcast on Friday, the cleric urged young men to join the
[jihad|r] against the [crusaders|r] and their [apostate|r] allies in Baghdad. Iraqi security
officials said the recording was made in 2015 and was being recirculated by [Daesh|d]
supporters online. The Iraqi counter-terrorism service said it had arrested four men accused of
sharing it.""")

P("en-10", "en", """The word "martyr" means very different things in the newsrooms of Beirut,
Tel Aviv and London, a media researcher told a conference in Amman on Monday. She showed how
the same man killed in a raid was called a fighter, a militant and a terrorist by three outlets
on the same day, and argued that editors should explain their choice of words to readers.""")

P("en-11", "en", """Kurdish officials in Erbil accused Baghdad of an [occupation|d] of Kirkuk
after federal forces took control of the city on 16 October 2017. The Iraqi prime minister said
the operation had restored federal authority peacefully and praised the troops as [heroes|g].
Kurdish television described the Popular Mobilization [militias|d] that entered with the army
as [invaders|d].""")

P("en-12", "en", """Russia's defence ministry said its aircraft had carried out [surgical
strikes|e] on [terrorist|d] infrastructure in Idlib province overnight. Rescue workers said a
market and a school were hit and that at least eleven civilians were killed. The ministry said
the targets had been [eliminated|e] and that militants had been using civilians as human
shields.""")

P("en-13", "en", """The resistance of the old bridge to the floods surprised engineers, who had
expected it to collapse. Residents of Mosul's old city, still rebuilding years after the
battle, gathered on its banks to watch the water. The regime of rains this winter has been the
heaviest since 2019, the meteorological office said.""")

P("en-14", "en", """At the funeral in Tehran, a speaker called the slain general a [martyr|g]
of the [Axis of Resistance|g] and vowed that the [Great Satan|d] would pay for its [crime|d].
Washington said the general had been planning attacks on American diplomats and that the strike
had been a defensive action. Crowds chanted against the United States and Israel.""")

P("en-15", "en", """Myanmar's military government described the operation in Rakhine as a
[clearance operation|e] against [extremist|d] [terrorists|d]. Refugees who crossed into
Bangladesh described villages burned and families shot as they fled. A UN investigator said the
campaign bore the hallmarks of ethnic cleansing.""")

P("en-16", "en", """A Lebanese newspaper close to Hezbollah praised the [Islamic Resistance|g]
for its [steadfastness|g] in the south and said its fighters had taught the [Zionist enemy|d] a
lesson. An Israeli army statement said troops had struck launch sites and killed several
Hezbollah operatives. Lebanon's health ministry said 14 people were killed, including four
children.""")

P("en-17", "en", """The interior ministry said security forces had arrested 40 [rioters|d] and
[thugs|d] who it said were [foreign-backed|d] and had set fire to banks in Tehran. Rights
groups said those detained were protesters, most of them students, and that at least three had
been beaten in custody. State media called the protests [sedition|d].""")

P("en-18", "en", """Ukraine's army said it had [liberated|g] Kherson after Russian forces
withdrew across the Dnipro, and residents poured into the central square. Moscow described the
move as a [regrouping|e] of its troops to more favourable positions. Kyiv's officials said the
[occupiers|d] had left mines in the administrative buildings.""")

P("en-19", "en", """Human rights lawyers said detainees at the site had been subjected to
[enhanced interrogation|e], including sleep deprivation and stress positions, between 2002 and
2006. The agency's former director said the programme had been lawful and had saved lives. A
Senate report later concluded it had not produced unique intelligence.""")

P("en-20", "en", """The armed group calls its fighters [freedom fighters|g] and its attacks on
the army [martyrdom operations|g]. The government calls them [bandits|d] and [terrorists|d].
Most newspapers in the capital use neither word and refer simply to gunmen, though the state
broadcaster has been ordered to use the official terms.""")

P("en-21", "en", """Sudan's army accused the Rapid Support Forces of being a rebel [militia|d]
and of ethnic killings in El Geneina. The RSF said it was fighting to [liberate|g] the country
from [remnants|d] of the old [regime|d] of Omar al-Bashir. Both sides deny targeting civilians.
The fighting began on 15 April 2023.""")

P("en-22", "en", """Israeli officials said the army had conducted a [targeted killing|e] of an
Islamic Jihad commander in Gaza City. The group said its commander had been [martyred|g] along
with his wife and daughter and promised revenge. Islamic Jihad is designated as a terrorist
organisation by the United States and the European Union.""")

P("en-23", "en", """Iraq's parliament voted to rename the street after the [martyrs|g] of the
October protests. The speaker said the young people killed in Tahrir Square in 2019 had fought
for a country free of corruption. Liberation Square, as Tahrir is known in English, was the
centre of the protests for months.""")

P("en-24", "en", """An editorial in a Gulf newspaper called on the world to stand against the
Iranian [regime|d]'s [meddling|d] and its [proxies|d] in Yemen, Iraq and Lebanon. It praised
the [brave|g] soldiers of the coalition and said the Houthi [coup|d] had brought famine to the
country. Iran's mission to the UN rejected the accusations.""")

P("en-25", "en", """Hamas's armed wing said its fighters had carried out a [heroic|g] operation
against an Israeli patrol east of Khan Younis, and published a video of the attack. The Israeli
military said two soldiers were wounded and that aircraft had struck the [terror|d] cell
responsible. Residents said a house was destroyed in the strike.""")

P("en-26", "en", """The Taliban's spokesman said the [Islamic Emirate|r]'s [mujahideen|r] had
taken the district centre without a fight after elders negotiated the surrender of government
troops. Afghan officials in Kabul said the district had been abandoned for tactical reasons and
would be retaken. The spokesman called the soldiers who surrendered "our brothers" and said
they had been allowed to go home.""")

P("en-27", "en", """Turkey's defence ministry said 23 [terrorists|d] of the PKK/YPG had been
[neutralised|e] in northern Syria and northern Iraq over the weekend. Kurdish-led authorities
in Qamishli said the dead included civilians and accused Ankara of [aggression|d] against the
region. Turkey considers the YPG an extension of the PKK, which it has fought since 1984.""")

P("en-28", "en", """Pro-government media in Damascus praised the Syrian Arab Army [heroes|g]
who broke the siege of Deir ez-Zor, which [terrorist|d] groups had imposed on the city for
three years. A United Nations official said convoys would begin to reach the 90,000 residents
within days. The city's airport remained closed.""")

P("en-29", "en", """A spokesman for the Houthi movement announced a pardon for fighters who had
"been deceived" into joining the government side. Yemen's information minister dismissed the
offer as propaganda by the Iranian-backed [coup|d] [militia|d] and said it was an attempt to
recruit fighters for the Marib front.""")

P("en-30", "en", """Protesters in Beirut's Martyrs' Square demanded the resignation of the
government on Saturday, more than a year after the port explosion. The square, named for
nationalists executed in 1916, has been the scene of most of the country's large
demonstrations. Police fired tear gas when a group tried to reach parliament.""")

P("en-31", "en", """Iran's Press TV described the strike as an act of [state terrorism|d] by
the [Zionist entity|d] and said the scientist had been [martyred|g] on a road outside Tehran.
Israel did not comment. An Iranian official said the attackers had used a remote-controlled
machine gun.""")

P("en-32", "en", """Israeli settlers, backed by soldiers, uprooted olive trees near the village
of Burin, residents said, in what a Palestinian official called the [occupation|d]'s daily
[terrorism|d]. A settler leader said the residents were [infiltrators|d] on land belonging to
Jews and that the trees had been planted illegally.""")

P("en-33", "en", """An Azerbaijani state outlet described the capture of Shusha as the
[liberation|g] of an ancient city from Armenian [occupation|d], while Armenian media reported
that Shushi had fallen after days of fighting. The two countries agreed to a Russian-brokered
ceasefire two days later, on 10 November 2020.""")

P("en-34", "en", """Prisoners released under the exchange were greeted in Ramallah as
[heroes|g], with crowds waving flags and chanting their names. An Israeli minister said the
country had been forced to free [murderers|d] and that the deal would encourage more
kidnappings. The exchange was the first since 2011.""")

P("en-35", "en", """The Saudi-led coalition said its air defences had intercepted a ballistic
missile launched by the [terrorist|d] Houthi [militia|d] toward Jazan. The coalition said the
attack showed the Iranian [regime|d]'s continuing supply of weapons to the group. Houthi forces
said the missile had hit its target.""")

P("en-36", "en", """The Pentagon said the drone strike in Kabul had been a [righteous strike|e]
against an Islamic State suicide bomber. Weeks later it acknowledged that the ten people
killed, seven of them children, were civilians, and called the strike a tragic mistake. The
family of the aid worker who was killed asked to be resettled in the United States.""")

P("en-37", "en", """Al-Shabaab's radio station said its fighters had killed dozens of
[infidel|r] soldiers in an attack on a base near Mogadishu, and called the African Union troops
[crusader|r] forces. The Somali government said the attack had been repelled and that the
[Khawarij|r] had suffered heavy losses. The government has used the term for the group since
2022.""")

P("en-38", "en", """A Russian news agency reported that the [special military operation|e] was
proceeding according to plan and that Ukrainian [nationalists|d] had shelled a residential
district of Donetsk. Ukrainian officials said Russian forces had struck a shopping centre in
Kremenchuk, killing at least 18 people. The UN human rights office said it was verifying both
reports.""")

P("en-39", "en", """The resistance movement in occupied France during the Second World War is
the subject of a new exhibition in Paris. Curators said they had collected letters written by
members of the Resistance in the days before their execution. The exhibition opens on 8 May and
runs until the autumn.""")

P("en-40", "en", """Kurdish fighters of the YPG, whom Western officials praise as [heroes|g] of
the war against Islamic State, buried eleven comrades in Kobani on Sunday. Mourners called the
dead [martyrs|g] and carried their photographs. A Turkish official said the group was a
[terrorist|d] organisation no different from the one it had fought.""")

P("en-41", "en", """Israel's prime minister said the army would continue to [mow the grass|e]
in Gaza until rocket fire stopped. Palestinian officials said 31 people had been killed in
three days of strikes. Egypt was trying to broker a truce on Saturday evening.""")

P("en-42", "en", """The Iraqi army's spokesman said troops had [cleansed|e] the last
neighbourhoods of western Mosul of [Daesh|d] [remnants|d] and that the old city was fully
[liberated|g]. Aid workers said thousands of civilians were still trapped under rubble. The
prime minister flew to the city to declare victory on 9 July 2017.""")

P("en-43", "en", """Iran's judiciary announced the execution of a man it described as a
[mohareb|r], an [enemy of God|r], convicted of attacking security forces during the protests.
Human rights groups said his trial lasted less than an hour and that he had been tortured. The
European Union condemned the execution.""")

P("en-44", "en", """Syrian opposition outlets described the men who attacked the village as
[shabiha|d], the government's [thugs|d], while a pro-government channel called them local
defence volunteers. At least nine people were killed, according to the Syrian Observatory for
Human Rights.""")

P("en-45", "en", """Hezbollah's television station said the party's [mujahideen|r] had targeted
an Israeli position in the Shebaa Farms in support of Gaza's [steadfast|g] people and its
[brave|g] [resistance|g]. Israel said it had returned fire and struck a Hezbollah observation
post. No casualties were reported on the Israeli side.""")

P("en-46", "en", """The Egyptian interior ministry said police had killed nine members of a
[terrorist|d] cell in a shoot-out in a desert hideout west of Cairo. The ministry said the men
belonged to the Muslim Brotherhood [terrorist|d] group and had been planning attacks during the
holiday. Families of two of the men said they had been arrested weeks earlier. The Brotherhood
denied any link.""")

P("en-47", "en", """The committee heard that the regime of inspections at the port had been
tightened after the explosion, and that the publication of customs data to the public had
helped reporters trace the cargo. A member of the committee said the government was resisting
calls for an international inquiry.""")

P("en-48", "en", """The Azerbaijani defence ministry said its army had [liberated|g] several
villages in Fuzuli from Armenian armed forces. Armenia's defence ministry said the villages had
not changed hands. An independent monitor said both sides were exaggerating. Fighting began on
27 September 2020.""")

# --- Arabic ----------------------------------------------------------------------------------

P("ar-01", "ar", """أعلن التلفزيون الرسمي السوري يوم الأحد أن الجيش أنجز [تحرير|g] مدينة سراقب
من التنظيمات [الإرهابية|d]، وبث صوراً لجنود يرفعون العلم فوق مبنى البلدية. وقال ناشطون معارضون
إن المدينة أفرغت من سكانها خلال أسابيع من القصف، ووصف عضو في المجلس المحلي القوات المتقدمة
بأنها قوات [النظام|d] و[ميليشياته|d] الطائفية.""")

P("ar-02", "ar", """شيّع آلاف الفلسطينيين في مخيم جنين يوم الثلاثاء ثلاثة [شهداء|g] ارتقوا
برصاص قوات [الاحتلال|d] خلال اقتحام المخيم فجراً. وقال الجيش الإسرائيلي إن الثلاثة كانوا مسلحين
أطلقوا النار على جنوده. وأدان محافظ جنين ما وصفه بـ[جرائم|d] [الاحتلال|d]، مؤكداً أن المخيم
سيواصل [مقاومته|g].""")

P("ar-03", "ar", """قال مهندسون إن نظام جريان نهر الفرات تغيّر منذ بدء ملء السد في أعلى النهر،
وإن المزارعين في دير الزور يشكون من انخفاض منسوب المياه صيفاً. وطلبت هيئة الري وضع نظام مناوبة
جديد لتوزيع المياه على القنوات، فيما تقاوم التربة المالحة كل محاولات غسلها.""")

P("ar-04", "ar", """أُفرج عن سبعة عشر رهينة بعد مفاوضات استمرت أربعة أيام بوساطة قطرية، وقال
دبلوماسي مطلع إن تحرير الرهائن جرى عند معبر حدودي صباح الخميس. ونُقل المفرج عنهم، وأغلبهم من
عمال الإغاثة، إلى الدوحة لإجراء فحوص طبية.""")

P("ar-05", "ar", """أدانت وزارة الخارجية الإيرانية ما سمّته [العدوان|d] [الصهيوني|d] على
الأراضي السورية بعد غارة قرب دمشق أسفرت عن مقتل ضابطين في الحرس الثوري. وقال المتحدث باسم
الوزارة إن الضابطين [استشهدا|g] خلال مهمة استشارية، واصفاً إياهما بـ[المدافعين عن المقدسات|g].""")

P("ar-06", "ar", """قالت وزارة الدفاع الأمريكية إن الضربة في شرق سوريا [حيّدت|e] قيادياً بارزاً
في [ميليشيا|d] مدعومة من إيران، وإنه لا توجد مؤشرات على سقوط ضحايا مدنيين. وقال سكان محليون إن
منزلاً ريفياً أصيب وكانت فيه عائلة من خمسة أفراد.""")

P("ar-07", "ar", """قالت رئيسة قسم الأمراض المعدية في أحد مستشفيات عدن إن الطاقم يقاوم تفشي
الكوليرا منذ ثلاثة أسابيع بلا كلور تقريباً. وأضافت أن المولد الوحيد في القسم تعطل مرتين، وأن
نظام ضخ المياه لساعتين يومياً زاد الأمر سوءاً.""")

P("ar-08", "ar", """بثت قناة المسيرة مشاهد قالت إنها تظهر تصدي [أبطال|g] الجيش واللجان الشعبية
لزحف [مرتزقة|d] [العدوان|d] السعودي الأمريكي قرب مأرب. في المقابل قال التحالف بقيادة السعودية
إن قواته صدت هجوماً لـ[ميليشيا|d] الحوثي [الانقلابية|d] المدعومة من إيران وقتلت العشرات من
عناصرها.""")

P("ar-09", "ar", """دعا الخطيب في تسجيل بُث يوم الجمعة الشباب إلى [الجهاد|r] ضد [الصليبيين|r]
وأعوانهم [المرتدين|r] في بغداد. وقال مسؤولون أمنيون عراقيون إن التسجيل يعود إلى عام 2015 وإن
أنصار [داعش|d] يعيدون نشره. وأعلن جهاز مكافحة الإرهاب اعتقال أربعة رجال بتهمة تداوله.""")

P("ar-10", "ar", """قالت باحثة إعلامية في مؤتمر عُقد في عمّان يوم الاثنين إن كلمة "شهيد" تحمل
معاني مختلفة جداً في غرف الأخبار، وعرضت كيف وصفت ثلاث وسائل إعلام الرجل نفسه بأنه مقاتل ومسلح
وإرهابي في اليوم نفسه، ودعت المحررين إلى شرح اختياراتهم اللغوية للقراء.""")

P("ar-11", "ar", """اتهم مسؤولون أكراد في أربيل بغداد بـ[احتلال|d] كركوك بعد أن بسطت القوات
الاتحادية سيطرتها على المدينة في 16 تشرين الأول 2017. وقال رئيس الوزراء العراقي إن العملية
أعادت سلطة الدولة سلمياً، وأشاد بالقوات [البطلة|g]. ووصفت قنوات كردية فصائل الحشد الشعبي التي
دخلت مع الجيش بـ[الغزاة|d].""")

P("ar-12", "ar", """قالت وزارة الدفاع الروسية إن طائراتها نفذت [ضربات دقيقة|e] على بنى تحتية
[للإرهابيين|d] في محافظة إدلب ليلاً. وقال عمال الإنقاذ إن سوقاً ومدرسة أصيبتا وإن أحد عشر
مدنياً على الأقل قُتلوا. وأضافت الوزارة أن الأهداف دُمّرت بالكامل.""")

P("ar-13", "ar", """فاجأت مقاومة الجسر القديم للفيضان المهندسين الذين توقعوا انهياره. وتجمع
سكان المدينة القديمة في الموصل على ضفتي النهر لمشاهدة المياه، وقالت هيئة الأنواء الجوية إن
أمطار هذا الشتاء هي الأغزر منذ عام 2019.""")

P("ar-14", "ar", """وصف خطيب في تشييع بطهران القائد الذي قُتل بأنه [شهيد|g] [محور المقاومة|g]،
وتوعد بأن [الشيطان الأكبر|d] سيدفع ثمن [جريمته|d]. وقالت واشنطن إن القائد كان يخطط لهجمات على
دبلوماسيين أمريكيين وإن الضربة كانت إجراءً دفاعياً.""")

P("ar-15", "ar", """أشادت صحيفة لبنانية مقربة من حزب الله بـ[المقاومة الإسلامية|g] و[صمود|g]
أهل الجنوب، وقالت إن [المجاهدين|r] لقّنوا [العدو الصهيوني|d] درساً. وقال الجيش الإسرائيلي إنه
قصف منصات إطلاق وقتل عدداً من عناصر حزب الله، فيما أعلنت وزارة الصحة اللبنانية مقتل 14 شخصاً
بينهم أربعة أطفال.""")

P("ar-16", "ar", """قالت وزارة الداخلية إن قوات الأمن اعتقلت أربعين من [مثيري الشغب|d]
و[البلطجية|d] الذين أضرموا النار في مصارف، مؤكدة أنهم [مدفوعون من الخارج|d]. وقالت منظمات
حقوقية إن المعتقلين متظاهرون وأغلبهم طلاب، وإن ثلاثة منهم على الأقل تعرضوا للضرب.""")

P("ar-17", "ar", """أعلن الجيش الأوكراني [تحرير|g] خيرسون بعد انسحاب القوات الروسية إلى الضفة
الشرقية لنهر دنيبرو، فيما وصفت موسكو الخطوة بأنها [إعادة تموضع|e] لقواتها. وقال مسؤولون في كييف
إن [المحتلين|d] زرعوا الألغام في المباني الإدارية.""")

P("ar-18", "ar", """تصف الجماعة المسلحة مقاتليها بـ[المناضلين|g] وهجماتها بـ[العمليات
الاستشهادية|g]، فيما تصفهم الحكومة بـ[قطاع الطرق|d] و[الإرهابيين|d]. وتتجنب معظم صحف العاصمة
الكلمتين وتكتفي بوصفهم بالمسلحين.""")

P("ar-19", "ar", """اتهم الجيش السوداني قوات الدعم السريع بأنها [ميليشيا|d] متمردة ارتكبت مجازر
في الجنينة، فيما قالت قوات الدعم السريع إنها تقاتل [لتحرير|g] البلاد من [فلول|d] [النظام
البائد|d]. واندلع القتال في 15 نيسان 2023.""")

P("ar-20", "ar", """قال مسؤولون إسرائيليون إن الجيش نفذ عملية [اغتيال مركّز|e] لقيادي في حركة
الجهاد الإسلامي في مدينة غزة. وقالت الحركة إن القيادي [ارتقى|g] [شهيداً|g] مع زوجته وابنته،
وتوعدت بالرد.""")

P("ar-21", "ar", """صوّت البرلمان العراقي على تسمية شارع باسم [شهداء|g] تظاهرات تشرين. وقال
رئيس البرلمان إن الشباب الذين قُتلوا في ساحة التحرير عام 2019 ناضلوا من أجل بلد خالٍ من الفساد.
وظلت الساحة مركز الاحتجاجات عدة أشهر.""")

P("ar-22", "ar", """دعت افتتاحية صحيفة خليجية العالم إلى التصدي لتدخلات [النظام الإيراني|d]
و[أذرعه|d] في اليمن والعراق ولبنان، وأشادت بجنود التحالف [البواسل|g]، وقالت إن [الانقلاب|d]
الحوثي جلب المجاعة إلى البلاد. ورفضت البعثة الإيرانية لدى الأمم المتحدة الاتهامات.""")

P("ar-23", "ar", """قالت كتائب القسام إن [مجاهديها|r] نفذوا عملية [بطولية|g] ضد دورية إسرائيلية
شرق خان يونس، ونشرت مقطعاً مصوراً للهجوم. وقال الجيش الإسرائيلي إن جنديين أصيبا وإن طائراته
قصفت الخلية [الإرهابية|d] المسؤولة، فيما قال سكان إن منزلاً دُمّر في الغارة.""")

P("ar-24", "ar", """قال المتحدث باسم طالبان إن [مجاهدي|r] [الإمارة الإسلامية|r] دخلوا مركز
المديرية دون قتال بعد أن تفاوض الوجهاء على استسلام القوات الحكومية. وقال مسؤولون أفغان إن
الانسحاب جاء لأسباب تكتيكية.""")

P("ar-25", "ar", """أعلنت وزارة الدفاع التركية [تحييد|e] 23 [إرهابياً|d] من حزب العمال
الكردستاني ووحدات حماية الشعب في شمال سوريا والعراق خلال عطلة نهاية الأسبوع. واتهمت الإدارة
الذاتية في القامشلي أنقرة بشن [عدوان|d] على المنطقة، وقالت إن بين القتلى مدنيين.""")

P("ar-26", "ar", """احتفلت وسائل إعلام موالية للحكومة في دمشق بـ[أبطال|g] الجيش العربي السوري
الذين كسروا الحصار الذي فرضته [العصابات|d] [الإرهابية|d] على دير الزور ثلاث سنوات. وقال مسؤول
في الأمم المتحدة إن القوافل ستبدأ الوصول إلى السكان خلال أيام.""")

P("ar-27", "ar", """تظاهر المئات في ساحة الشهداء وسط بيروت يوم السبت مطالبين باستقالة الحكومة
بعد أكثر من عام على انفجار المرفأ. وأطلقت الشرطة الغاز المسيل للدموع عندما حاولت مجموعة الوصول
إلى مجلس النواب.""")

P("ar-28", "ar", """وصفت قناة إيرانية الهجوم بأنه [إرهاب دولة|d] يمارسه [الكيان الصهيوني|d]،
وقالت إن العالم النووي [استشهد|g] على طريق خارج طهران. ولم تعلّق إسرائيل. وقال مسؤول إيراني إن
المهاجمين استخدموا رشاشاً يُدار عن بعد.""")

P("ar-29", "ar", """قال سكان قرية بورين إن [قطعان|d] المستوطنين اقتلعوا أشجار الزيتون بحماية
جنود [الاحتلال|d]، في ما وصفه مسؤول فلسطيني بـ[إرهاب|d] يومي. وقال زعيم للمستوطنين إن الأرض ملك
لليهود وإن الأشجار زُرعت بشكل غير قانوني.""")

P("ar-30", "ar", """وصفت وسيلة إعلام أذربيجانية رسمية السيطرة على شوشة بأنها [تحرير|g] لمدينة
عريقة من [الاحتلال|d] الأرميني، بينما قالت وسائل إعلام أرمينية إن المدينة سقطت بعد أيام من
القتال. واتفق البلدان على وقف إطلاق النار بوساطة روسية في 10 تشرين الثاني 2020.""")

P("ar-31", "ar", """استُقبل الأسرى المحررون في رام الله استقبال [الأبطال|g]، ورفعت الحشود
الأعلام وهتفت بأسمائهم. وقال وزير إسرائيلي إن بلاده أُجبرت على إطلاق سراح [قتلة|d]، وإن الصفقة
ستشجع على مزيد من عمليات الخطف.""")

P("ar-32", "ar", """قال التحالف بقيادة السعودية إن دفاعاته الجوية اعترضت صاروخاً باليستياً
أطلقته [الميليشيات|d] [الإرهابية|d] باتجاه جازان، وإن الهجوم يثبت استمرار [النظام الإيراني|d]
في تهريب الأسلحة إلى الجماعة. وقالت قوات صنعاء إن الصاروخ أصاب هدفه.""")

P("ar-33", "ar", """قالت إذاعة حركة الشباب إن مقاتليها قتلوا العشرات من جنود [الكفار|r] في هجوم
على قاعدة قرب مقديشو، ووصفت قوات الاتحاد الأفريقي بـ[الصليبية|r]. وقالت الحكومة الصومالية إن
[الخوارج|r] تكبدوا خسائر فادحة.""")

P("ar-34", "ar", """قالت وكالة أنباء روسية إن [العملية العسكرية الخاصة|e] تسير وفق الخطة، وإن
[القوميين|d] الأوكرانيين قصفوا حياً سكنياً في دونيتسك. وقال مسؤولون أوكرانيون إن القوات الروسية
قصفت مركزاً تجارياً في كريمنتشوك وقتلت 18 شخصاً على الأقل.""")

P("ar-35", "ar", """افتُتح في باريس معرض عن حركة المقاومة الفرنسية خلال الحرب العالمية الثانية،
يضم رسائل كتبها أعضاء فيها قبل إعدامهم. ويستمر المعرض حتى الخريف. وفي معرض آخر بالقاهرة تُعرض
صور لتاريخ الطباعة وأنظمة الكتابة القديمة.""")

P("ar-36", "ar", """قال رئيس الوزراء الإسرائيلي إن الجيش سيواصل عملياته في غزة حتى يتوقف إطلاق
الصواريخ. وقالت وزارة الصحة في القطاع إن 31 شخصاً قُتلوا في ثلاثة أيام من الغارات، بينهم
[شهداء|g] من عائلة واحدة. وتسعى مصر للتوسط في هدنة.""")

P("ar-37", "ar", """أعلن الناطق باسم الجيش العراقي أن القوات [طهّرت|e] آخر أحياء الساحل الأيمن
من الموصل من [فلول|d] [داعش|d]، وأن المدينة القديمة [تحررت|g] بالكامل. وقال عمال إغاثة إن آلاف
المدنيين ما زالوا عالقين تحت الأنقاض. وأعلن رئيس الوزراء النصر في 9 تموز 2017.""")

P("ar-38", "ar", """أعلنت السلطة القضائية الإيرانية إعدام رجل وصفته بأنه [محارب لله|r]، أدين
بمهاجمة قوات الأمن خلال الاحتجاجات. وقالت منظمات حقوقية إن محاكمته لم تستغرق أكثر من ساعة. ودان
الاتحاد الأوروبي الإعدام.""")

P("ar-39", "ar", """وصفت مواقع المعارضة السورية المهاجمين بأنهم من [الشبيحة|d]، فيما وصفتهم
قناة موالية بأنهم متطوعون في الدفاع المحلي. وقال المرصد السوري لحقوق الإنسان إن تسعة أشخاص على
الأقل قُتلوا.""")

P("ar-40", "ar", """قالت قناة المنار إن [المقاومة|g] استهدفت موقعاً إسرائيلياً في مزارع شبعا
دعماً لأهل غزة [الصامدين|g]، وإن [المجاهدين|r] حققوا إصابات مباشرة. وقال الجيش الإسرائيلي إنه
رد على مصادر النيران وقصف نقطة مراقبة لحزب الله.""")

P("ar-41", "ar", """قالت وزارة الداخلية المصرية إن الشرطة قتلت تسعة من عناصر خلية تابعة لجماعة
الإخوان [الإرهابية|d] في تبادل لإطلاق النار بمخبأ صحراوي غرب القاهرة. وقالت عائلتا اثنين من
القتلى إنهما اعتقلا قبل أسابيع. ونفت الجماعة أي صلة.""")

P("ar-42", "ar", """استمعت اللجنة إلى أن نظام التفتيش في المرفأ شُدّد بعد الانفجار، وأن نشر
بيانات الجمارك ساعد الصحفيين على تتبع الشحنة. وقال أحد الأعضاء إن الحكومة تقاوم الدعوات إلى
تحقيق دولي، وإن رئيس تحرير صحيفة محلية تلقى تهديدات.""")

P("ar-43", "ar", """قالت وزارة الدفاع الأذربيجانية إن جيشها [حرر|g] عدة قرى في فضولي، بينما
قالت وزارة الدفاع الأرمينية إن القرى لم تتغير السيطرة عليها. واندلع القتال في 27 أيلول 2020.""")

P("ar-44", "ar", """ندد بيان للحوثيين بما سماه [قوى الاستكبار|d] العالمي و[أدواتها|d] في
المنطقة، ودعا إلى [النفير العام|r] لمواجهة [الغزاة|d] و[المحتلين|d] في الساحل الغربي. وقالت
الحكومة المعترف بها دولياً إن البيان محاولة لتجنيد الأطفال.""")

P("ar-45", "ar", """نشرت صحيفة معارضة تقريراً عن معتقلات [النظام|d] في صيدنايا، قالت فيه إن
آلاف المعتقلين قضوا تحت التعذيب. ووصفت الصحيفة السجن بـ[المسلخ البشري|d]. وقالت وزارة العدل
السورية إن التقرير مفبرك.""")

P("ar-46", "ar", """قالت قناة العربية إن [الميليشيات|d] الإيرانية في العراق تستهدف القواعد
الأمريكية، فيما وصفت قناة الميادين الفصائل نفسها بـ[فصائل المقاومة|g] العراقية، وقالت إنها تثأر
[للشهداء|g]. وقالت واشنطن إن جنوداً أصيبوا بإصابات طفيفة.""")

P("ar-47", "ar", """أعلنت وزارة الصحة في غزة أن حصيلة [الشهداء|g] ارتفعت إلى 120 منذ بدء
[العدوان|d] الإسرائيلي على القطاع، فيما قال الجيش الإسرائيلي إنه قتل عشرات المسلحين. وقالت
الأمم المتحدة إن نحو نصف القتلى من النساء والأطفال.""")

# --- Persian ---------------------------------------------------------------------------------

P("fa-01", "fa", """تلویزیون دولتی سوریه روز یکشنبه اعلام کرد ارتش [آزادسازی|g] شهر سراقب از
دست گروه‌های [تروریستی|d] را کامل کرده است. فعالان مخالف می‌گویند ساکنان شهر در هفته‌های
بمباران آواره شدند. یکی از اعضای شورای محلی نیروهای پیشرو را نیروهای [رژیم|d] و [شبه‌نظامیان|d]
وابسته به آن خواند.""")

P("fa-02", "fa", """هزاران نفر روز سه‌شنبه در اردوگاه جنین پیکر سه [شهید|g] را تشییع کردند که
در یورش بامدادی نظامیان [اشغالگر|d] کشته شدند. ارتش اسرائیل گفت این سه نفر افراد مسلحی بودند که
به سوی سربازان تیراندازی کردند. استاندار جنین [جنایات|d] [رژیم اشغالگر|d] را محکوم کرد و گفت
اردوگاه به [مقاومت|g] ادامه می‌دهد.""")

P("fa-03", "fa", """کارشناسان آب می‌گویند رژیم جریان رود فرات از زمان آبگیری سد بالادست تغییر
کرده است. کشاورزان دیرالزور از پایین آمدن آب در تابستان گله دارند و شوری خاک در برابر شست‌وشو
مقاومت می‌کند. سازمان آبیاری خواستار برنامه نوبت‌بندی تازه‌ای برای کانال‌ها شده است.""")

P("fa-04", "fa", """یک دیپلمات آگاه گفت آزادسازی هفده گروگان پس از چهار روز مذاکره با
میانجی‌گری قطر انجام شد. گروگان‌ها که بیشترشان امدادگر بودند صبح پنجشنبه در یک گذرگاه مرزی آزاد
شدند و برای معاینه پزشکی به دوحه منتقل شدند.""")

P("fa-05", "fa", """وزارت امور خارجه ایران [تجاوز|d] [رژیم صهیونیستی|d] به خاک سوریه را محکوم
کرد. در حمله هوایی نزدیک دمشق دو افسر سپاه پاسداران [به شهادت رسیدند|g]. سخنگوی وزارت خارجه
آنان را [مدافعان حرم|g] خواند که برای مأموریت مستشاری در سوریه بودند.""")

P("fa-06", "fa", """پنتاگون اعلام کرد حمله در شرق سوریه یک فرمانده ارشد [شبه‌نظامیان|d] مورد
حمایت ایران را [خنثی|e] کرد و نشانه‌ای از تلفات غیرنظامی در دست نیست. ساکنان محلی گفتند یک خانه
روستایی هدف قرار گرفت که خانواده‌ای پنج‌نفره در آن بودند.""")

P("fa-07", "fa", """رئیس بخش بیماری‌های عفونی بیمارستانی در عدن می‌گوید کادر درمان سه هفته است
بدون کلر در برابر شیوع وبا مقاومت می‌کنند. بدن بیماران خردسال مقاومت کمی در برابر کم‌آبی دارد.
او افزود که رژیم غذایی بیماران هم به دلیل کمبود مواد مناسب نیست.""")

P("fa-08", "fa", """شبکه المسیره تصاویری پخش کرد که به گفته آن [رزمندگان|g] ارتش و کمیته‌های
مردمی را در حال عقب راندن [مزدوران|d] [متجاوز|d] سعودی آمریکایی در نزدیکی مأرب نشان می‌دهد.
ائتلاف به رهبری عربستان اعلام کرد نیروهایش حمله [شبه‌نظامیان|d] حوثی را دفع کرده‌اند.""")

P("fa-09", "fa", """خطیب در این فایل صوتی جوانان را به [جهاد|r] با [صلیبیون|r] و متحدان
[مرتد|r] آنان در بغداد فراخواند. مقام‌های امنیتی عراق گفتند این فایل مربوط به سال ۲۰۱۵ است.
سرویس مبارزه با تروریسم عراق از بازداشت چهار نفر به اتهام انتشار آن خبر داد.""")

P("fa-10", "fa", """یک پژوهشگر رسانه در همایشی در امان گفت واژه «شهید» در تحریریه‌های مختلف
معناهای بسیار متفاوتی دارد. او نشان داد سه رسانه در یک روز از یک مرد کشته‌شده با عنوان‌های
رزمنده، فرد مسلح و تروریست یاد کرده‌اند.""")

P("fa-11", "fa", """مقام‌های کرد در اربیل بغداد را به [اشغال|d] کرکوک متهم کردند. نخست‌وزیر
عراق گفت این عملیات اقتدار دولت را به شکل مسالمت‌آمیز بازگرداند و از [قهرمانان|g] ارتش قدردانی
کرد. رسانه‌های کرد نیروهای حشد الشعبی را [اشغالگران|d] نامیدند.""")

P("fa-12", "fa", """وزارت دفاع روسیه اعلام کرد هواپیماهایش [حملات دقیق|e] علیه زیرساخت‌های
[تروریست‌ها|d] در استان ادلب انجام داده‌اند. امدادگران گفتند یک بازار و یک مدرسه هدف قرار گرفت
و دست‌کم یازده غیرنظامی کشته شدند.""")

P("fa-13", "fa", """در مراسم تشییع در تهران، یک سخنران فرمانده را [شهید|g] [جبهه مقاومت|g]
خواند و گفت [شیطان بزرگ|d] تاوان [جنایت|d] خود را خواهد داد. واشنگتن گفت این فرمانده در حال
طراحی حمله به دیپلمات‌های آمریکایی بوده است.""")

P("fa-14", "fa", """روزنامه‌ای نزدیک به حزب‌الله از [مقاومت اسلامی|g] و [ایستادگی|g] مردم جنوب
ستایش کرد و نوشت [مجاهدان|r] درسی به [دشمن صهیونیستی|d] دادند. ارتش اسرائیل گفت سکوهای پرتاب را
هدف گرفته است. وزارت بهداشت لبنان از کشته شدن ۱۴ نفر از جمله چهار کودک خبر داد.""")

P("fa-15", "fa", """وزارت کشور اعلام کرد نیروهای امنیتی چهل نفر از [اغتشاشگران|d] و [اراذل و
اوباش|d] را که بانک‌ها را به آتش کشیده بودند بازداشت کرده‌اند و آنان را [عوامل بیگانه|d] خواند.
رسانه‌های دولتی اعتراضات را [فتنه|d] نامیدند. گروه‌های حقوق بشری می‌گویند بازداشت‌شدگان معترض و
بیشترشان دانشجو بودند.""")

P("fa-16", "fa", """ارتش اوکراین از [آزادسازی|g] خرسون پس از عقب‌نشینی نیروهای روسیه خبر داد.
مسکو این اقدام را [جابه‌جایی|e] نیروها به مواضع مناسب‌تر توصیف کرد. مقام‌های کی‌یف گفتند
[اشغالگران|d] در ساختمان‌های اداری مین کار گذاشته‌اند.""")

P("fa-17", "fa", """این گروه مسلح جنگجویانش را [مبارز|g] و حملاتش را [عملیات استشهادی|g]
می‌نامد و دولت آنان را [اشرار|d] و [تروریست|d] می‌خواند. بیشتر روزنامه‌های پایتخت هیچ‌یک از این
دو واژه را به کار نمی‌برند و از آنان با عنوان افراد مسلح یاد می‌کنند.""")

P("fa-18", "fa", """ارتش سودان نیروهای پشتیبانی سریع را [شبه‌نظامیان|d] شورشی خواند. این نیروها
می‌گویند برای [آزادسازی|g] کشور از [بقایای|d] [رژیم|d] عمر البشیر می‌جنگند. درگیری‌ها از ۱۵
آوریل ۲۰۲۳ آغاز شد.""")

P("fa-19", "fa", """مقام‌های اسرائیلی گفتند ارتش یک فرمانده جهاد اسلامی را در شهر غزه [ترور
هدفمند|e] کرده است. این گروه اعلام کرد فرمانده‌اش همراه همسر و دخترش [به شهادت رسید|g] و وعده
انتقام داد.""")

P("fa-20", "fa", """روزنامه‌ای در یکی از کشورهای حاشیه خلیج فارس از جهان خواست در برابر
دخالت‌های [رژیم|d] ایران و [نیروهای نیابتی|d] آن بایستد و از سربازان [دلاور|g] ائتلاف ستایش
کرد. نمایندگی ایران در سازمان ملل این اتهام‌ها را رد کرد.""")

P("fa-21", "fa", """شاخه نظامی حماس اعلام کرد [رزمندگانش|g] در شرق خان‌یونس عملیاتی
[قهرمانانه|g] علیه یک گشتی اسرائیلی انجام داده‌اند. ارتش اسرائیل گفت دو سرباز زخمی شدند و
هواپیماهایش هسته [تروریستی|d] مسئول را هدف گرفتند. ساکنان گفتند یک خانه در این حمله ویران شد.""")

P("fa-22", "fa", """سخنگوی طالبان گفت [مجاهدین|r] [امارت اسلامی|r] بدون درگیری وارد مرکز
ولسوالی شدند. مقام‌های دولت کابل گفتند نیروها به دلایل تاکتیکی عقب‌نشینی کرده‌اند و منطقه
دوباره پس گرفته می‌شود.""")

P("fa-23", "fa", """وزارت دفاع ترکیه اعلام کرد ۲۳ [تروریست|d] پ‌ک‌ک و ی‌پ‌گ در شمال سوریه و
عراق [بی‌اثر|e] شده‌اند. مقام‌های اداره خودگردان در قامشلی گفتند غیرنظامیان نیز در میان
کشته‌شدگان هستند و آنکارا را به [تجاوز|d] به منطقه متهم کردند.""")

P("fa-24", "fa", """رسانه‌های هوادار دولت در دمشق از [قهرمانان|g] ارتش سوریه که محاصره دیرالزور
را شکستند تجلیل کردند؛ محاصره‌ای که به گفته آنان [گروهک‌های|d] [تکفیری|r] سه سال بر شهر تحمیل
کرده بودند.""")

P("fa-25", "fa", """صدها نفر روز شنبه در میدان شهدای بیروت خواستار استعفای دولت شدند. این میدان
به نام ملی‌گرایانی نامیده شده که در سال ۱۹۱۶ اعدام شدند. پلیس هنگامی که گروهی قصد رسیدن به مجلس
را داشت گاز اشک‌آور شلیک کرد.""")

P("fa-26", "fa", """پرس‌تی‌وی این حمله را [تروریسم دولتی|d] [رژیم صهیونیستی|d] خواند و گفت
دانشمند هسته‌ای در جاده‌ای بیرون از تهران [به شهادت رسید|g]. اسرائیل درباره این حمله اظهارنظر
نکرد.""")

P("fa-27", "fa", """ساکنان روستای بورین گفتند شهرک‌نشینان [صهیونیست|d] با پشتیبانی نظامیان
درختان زیتون را از ریشه درآوردند. یک مقام فلسطینی این اقدام را [تروریسم|d] روزانه [اشغالگران|d]
خواند.""")

P("fa-28", "fa", """رسانه رسمی آذربایجان تصرف شوشا را [آزادسازی|g] شهری کهن از [اشغال|d]
ارمنستان توصیف کرد و رسانه‌های ارمنی نوشتند شهر پس از چند روز نبرد سقوط کرده است. دو کشور در ۱۰
نوامبر ۲۰۲۰ با میانجی‌گری روسیه بر آتش‌بس توافق کردند.""")

P("fa-29", "fa", """زندانیان آزادشده در رام‌الله همچون [قهرمانان|g] استقبال شدند. یک وزیر
اسرائیلی گفت کشورش ناچار شد [قاتلان|d] را آزاد کند و این توافق آدم‌ربایی‌های بیشتری را تشویق
خواهد کرد.""")

P("fa-30", "fa", """ائتلاف به رهبری عربستان گفت پدافند هوایی‌اش موشکی را که [شبه‌نظامیان|d]
حوثی به سوی جازان شلیک کرده بودند رهگیری کرد. نیروهای انصارالله گفتند موشک به هدف خورده است.
ائتلاف این حمله را نشانه ادامه ارسال سلاح از سوی تهران دانست.""")

P("fa-31", "fa", """رادیوی الشباب گفت جنگجویانش ده‌ها سرباز [کافر|r] را در حمله به پایگاهی
نزدیک موگادیشو کشته‌اند و نیروهای اتحادیه آفریقا را [صلیبی|r] خواند. دولت سومالی گفت حمله دفع
شده است.""")

P("fa-32", "fa", """یک خبرگزاری روسی گزارش داد [عملیات ویژه نظامی|e] طبق برنامه پیش می‌رود و
[ناسیونالیست‌های|d] اوکراینی یک محله مسکونی در دونتسک را گلوله‌باران کرده‌اند. مقام‌های
اوکراینی گفتند موشک روسی به مرکز خریدی در کرمنچوک اصابت کرد.""")

P("fa-33", "fa", """نمایشگاهی درباره جنبش مقاومت فرانسه در جنگ جهانی دوم در پاریس گشایش یافت.
در این نمایشگاه نامه‌هایی از اعضای این جنبش پیش از اعدامشان به نمایش درآمده است. همچنین
دانشمندان در حال بررسی مقاومت باکتری‌ها در برابر آنتی‌بیوتیک‌ها هستند.""")

P("fa-34", "fa", """ارتش عراق اعلام کرد آخرین محله‌های غرب موصل از [لوث|d] [داعش|d] [پاکسازی|e]
شده و شهر قدیم به طور کامل [آزاد|g] شده است. امدادگران گفتند هزاران غیرنظامی هنوز زیر آوار
گرفتارند.""")

P("fa-35", "fa", """قوه قضاییه از اعدام مردی خبر داد که او را [محارب|r] خوانده بود و به حمله به
نیروهای امنیتی در جریان اعتراضات محکوم شده بود. گروه‌های حقوق بشری گفتند دادگاه او کمتر از یک
ساعت طول کشید.""")

P("fa-36", "fa", """سایت‌های مخالف دولت سوریه مهاجمان را [شبیحه|d] و [اوباش|d] حکومتی خواندند،
در حالی که یک شبکه هوادار دولت آنان را داوطلبان دفاع محلی نامید. دیده‌بان حقوق بشر سوریه از
کشته شدن دست‌کم نه نفر خبر داد.""")

P("fa-37", "fa", """شبکه المنار گفت [مقاومت اسلامی|g] در حمایت از مردم [مقاوم|g] غزه یک موضع
اسرائیلی را در مزارع شبعا هدف قرار داده است. ارتش اسرائیل گفت به منبع آتش پاسخ داده است.""")

P("fa-38", "fa", """وزارت کشور مصر اعلام کرد پلیس نه عضو یک هسته وابسته به گروه [تروریستی|d]
اخوان‌المسلمین را در درگیری مسلحانه در غرب قاهره کشته است. خانواده دو نفر از کشته‌شدگان گفتند
آنان هفته‌ها پیش بازداشت شده بودند.""")

P("fa-39", "fa", """کمیته شنید که رژیم بازرسی در بندر پس از انفجار سخت‌تر شده و انتشار داده‌های
گمرکی به روزنامه‌نگاران در ردیابی محموله کمک کرده است. یکی از اعضا گفت دولت در برابر درخواست‌ها
برای تحقیق بین‌المللی مقاومت می‌کند.""")

P("fa-40", "fa", """وزارت دفاع آذربایجان گفت ارتش این کشور چند روستا را در فضولی [آزاد کرده|g]
است. وزارت دفاع ارمنستان گفت کنترل این روستاها تغییر نکرده است. درگیری‌ها از ۲۷ سپتامبر ۲۰۲۰
آغاز شد.""")

P("fa-41", "fa", """فرمانده سپاه در سالگرد [دفاع مقدس|g] گفت [رزمندگان اسلام|r] در هشت سال جنگ
در برابر [تجاوز|d] [رژیم بعث|d] ایستادند و [ایثارگری|g] آنان فراموش نمی‌شود. او گفت [استکبار
جهانی|d] همچنان در پی ضربه زدن به ایران است.""")

P("fa-42", "fa", """سازمان مجاهدین خلق در پاریس گردهمایی سالانه‌اش را برگزار کرد. رسانه‌های
دولتی ایران این گروه را [منافقین|d] می‌نامند و از آن با عنوان [گروهک|d] [تروریستی|d] یاد
می‌کنند. این گروه در دهه ۱۳۶۰ مسئولیت چند بمب‌گذاری را بر عهده گرفت.""")

P("fa-43", "fa", """خبرگزاری‌های نزدیک به سپاه از [هلاکت|d] چهار [تروریست|d] در درگیری با
نیروهای امنیتی در سیستان و بلوچستان خبر دادند. یک گروه بلوچ گفت کشته‌شدگان سوخت‌بر بوده‌اند. در
این درگیری یک مأمور پلیس نیز [به شهادت رسید|g].""")

P("fa-44", "fa", """وزارت بهداشت غزه اعلام کرد شمار [شهدای|g] غزه از آغاز [تجاوز|d] اسرائیل به
۱۲۰ نفر رسیده است. ارتش اسرائیل گفت ده‌ها فرد مسلح را کشته است. سازمان ملل گفت حدود نیمی از
کشته‌شدگان زن و کودک بوده‌اند.""")

P("fa-45", "fa", """رسانه‌های سعودی [شبه‌نظامیان|d] وابسته به ایران در عراق را مسئول حمله به
پایگاه‌های آمریکا دانستند، در حالی که شبکه المیادین همین گروه‌ها را [گروه‌های مقاومت|g] عراق
خواند و گفت انتقام خون [شهدا|g] را گرفته‌اند. واشنگتن گفت چند سرباز زخمی سطحی برداشته‌اند.""")

P("fa-46", "fa", """یک روزنامه اصلاح‌طلب درباره تغییر رژیم بارندگی در زاگرس و کاهش ذخایر سدها
هشدار داد. به گفته این روزنامه، شهرداری تهران هم رژیم مصرف آب را در تابستان تغییر خواهد داد و
مردم باید در برابر وسوسه مصرف بیشتر مقاومت کنند.""")
# fmt: on


def main() -> None:
    ids = [p["id"] for p in PASSAGES]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate passage id")
    with OUT.open("w", encoding="utf-8") as f:
        for p in PASSAGES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    for lang in ("en", "ar", "fa"):
        mine = [p for p in PASSAGES if p["lang"] == lang]
        print(f"{lang}: {len(mine)} passages, {sum(len(p['spans']) for p in mine)} spans")


if __name__ == "__main__":
    main()
