"""Write ``techniques_gold_fa.jsonl``: a blind Persian gold set of persuasion-technique spans
(issue #12: technique detection in English and Arabic, and Persian as far as we can).

Until this set existed the Persian technique detector (the shipped cue rules) had never been
measured, because no public Persian corpus of technique spans exists. The passages are our own
wording (CC0, written for this set), told the way Iranian state and hardline outlets, reformist
papers, Afghan outlets, diaspora opposition channels and Saudi- or Israeli-leaning Persian
services report real events of 2011-2024: Aleppo, Ghouta, Mosul, the Iraqi protests of 2019,
Yemen and Abqaiq, Gaza 2014 and 2023-24, the Beirut port blast, Lebanon 2024, sanctions, the
nuclear deal and the Vienna talks, Natanz, the killings of Qassem Soleimani and Mohsen
Fakhrizadeh, flight PS752, the protests of 2017-18, 2019 and 2022, the Fatemiyoun. Names,
places and dates are public record; slogans that crowds really chant are quoted as facts;
no sentence is copied from anywhere.

The set was written blind: before reading the technique cue list, the technique rules, the
technique evaluation script or any framing code, and no Rashomon code was run on these
passages while writing them. It therefore measures how the rules carry over to wording they
were not built from. Measure only: never tune the rules, the cue list or a threshold on
these passages, and never edit a passage after reading the rules.

Each passage (1-3 sentences) is written once with inline marks ``[surface|label]``; marks may
nest (a name-calling word inside a slogan). Labels are the common technique names:
``loaded_language``, ``name_calling``, ``exaggeration`` (overstating or minimising),
``doubt``, ``appeal_to_fear``, ``flag_waving``, ``causal_oversimplification``, ``slogans``,
``appeal_to_authority``, ``false_dilemma``, ``thought_terminating``, ``repetition`` (the
repeated occurrences after the first), ``distraction`` (whataboutism) and
``bandwagon_reductio`` (bandwagon or reductio ad hitlerum). Spans follow the SemEval-2020
PTC convention: the shortest fragment that carries the technique, a word or short phrase for
loaded language and name calling, a clause or sentence for doubt, fear, flag waving,
slogans, authority, dilemmas and whataboutism. About a quarter of the passages are plain
reporting with no technique; they hold the traps (sourcing to a named agency, casualty
figures, the word "terrorist" in an official title, a slogan named but not used).

``~`` stands for the zero-width non-joiner (U+200C) so the source stays readable; the script
puts the real character back before it finds the marks. It checks that the text uses the
Persian letters ی and ک, that every span's text equals its surface and that each span sits
on word boundaries.

Run ``.venv/bin/python benchmarks/data/techniques_gold_fa_make.py`` to rebuild the file; it
writes each passage as ``{id, text, spans: [{start, end, technique, surface}]}`` with offsets
in code points of ``text``, ids ``tfa-NNN``, and prints the per-label span counts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rashomon.stages.framing.techniques.labels import PTC

OUT = Path(__file__).with_name("techniques_gold_fa.jsonl")

# the common labels PTC uses (rashomon.stages.framing.techniques.labels)
LABELS = frozenset(PTC.values())

FA: list[str] = [
    # Soleimani, January 2020: hardline daily
    "[تروریست~های آمریکایی|name_calling] بامداد جمعه در اقدامی [ناجوانمردانه|loaded_language] "
    "[سردار دل~ها|name_calling] را در فرودگاه بغداد به شهادت رساندند. [ملت ایران این خون پاک را "
    "هرگز فراموش نخواهد کرد|flag_waving].",
    # Soleimani: public broadcaster abroad, plain
    "قاسم سلیمانی، فرمانده نیروی قدس سپاه پاسداران، بامداد ۱۳ دی ۱۳۹۸ در حمله پهپادی آمریکا در "
    "نزدیکی فرودگاه بغداد کشته شد. ابومهدی المهندس، معاون فرمانده حشد الشعبی، نیز در این حمله "
    "جان باخت.",
    # Soleimani: diaspora opposition channel
    "سلیمانی که [معمار کشتار مردم سوریه|name_calling] بود، سال~ها [شبه~نظامیان اجیرشده|"
    "name_calling] را از افغانستان و پاکستان به جبهه~های اسد فرستاد. [با مرگ او، پروژه "
    "نیابتی تهران در منطقه عملاً به پایان رسید|causal_oversimplification].",
    # Soleimani funeral: state news agency
    "میلیون~ها نفر در اهواز، مشهد و تهران در تشییع پیکر سردار شرکت کردند و فریاد می~زدند "
    "[«انتقام، انتقام»|slogans]. [همه ملت~های آزاده جهان امروز در کنار مقاومت ایستاده~اند|"
    "bandwagon_reductio].",
    # Ain al-Asad strike: state television
    "موشک~های سپاه پایگاه عین~الاسد را [با خاک یکسان کردند|exaggeration] و [سیلی محکمی|"
    "loaded_language] به صورت [آمریکای جهانخوار|name_calling] زدند.",
    # Ain al-Asad: US-leaning Persian service
    "حمله موشکی ایران به عین~الاسد [نمایشی|loaded_language] بیش نبود؛ [تهران پیش~تر از طریق "
    "بغداد به آمریکایی~ها خبر داده بود و تنها چند آشیانه خالی آسیب دید|exaggeration].",
    # Ain al-Asad: plain
    "پنتاگون چند هفته پس از حمله موشکی ایران به پایگاه عین~الاسد اعلام کرد بیش از ۱۰۰ نظامی "
    "آمریکایی دچار آسیب مغزی شده~اند.",
    # PS752: plain
    "پرواز ۷۵۲ هواپیمایی بین~المللی اوکراین در ۱۸ دی ۱۳۹۸ دقایقی پس از برخاستن از فرودگاه امام "
    "خمینی با دو موشک پدافند سپاه سرنگون شد و هر ۱۷۶ سرنشین آن کشته شدند.",
    # PS752: state outlet in the first days
    "[ادعاهای رسانه~های غربی درباره شلیک موشک به هواپیمای اوکراینی بخشی از جنگ روانی دشمن "
    "است|doubt]. [هیچ کارشناس منصفی چنین سناریوی مضحکی را باور نمی~کند|doubt].",
    # PS752: diaspora
    "[حکومتی که هواپیمای مسافربری را زد و سه روز دروغ گفت، دیگر هیچ حرفش باورکردنی نیست|doubt]. "
    "این حکومت دروغ می~گوید؛ درباره هواپیما [دروغ می~گوید|repetition]، درباره آبان [دروغ "
    "می~گوید|repetition].",
    # Aleppo 2016: Iranian state agency
    "ارتش سوریه با پشتیبانی [مدافعان حرم|name_calling] شرق حلب را از چنگ [تکفیری~ها|"
    "name_calling] [آزاد کرد|loaded_language]؛ [پیروزی~ای که معادلات منطقه را برای همیشه "
    "تغییر داد|exaggeration].",
    # Aleppo 2016: opposition-leaning Persian service
    "[نیروهای رژیم اسد|name_calling] و [شبه~نظامیان اعزامی تهران|name_calling] پس از ماه~ها "
    "محاصره و بمباران [بی~امان|loaded_language]، شرق حلب را تصرف کردند و [هزاران خانواده را "
    "آواره کوچه~های یخ~زده کردند|loaded_language].",
    # Aleppo: plain
    "دولت سوریه در دسامبر ۲۰۱۶ کنترل کامل شرق حلب را به دست گرفت. ده~ها هزار غیرنظامی و شورشی "
    "با اتوبوس~های سبز به حومه غربی حلب و استان ادلب منتقل شدند.",
    # Ghouta 2013: Iranian state agency
    "[ادعای به~اصطلاح حمله شیمیایی در غوطه درست در روزی مطرح شد که بازرسان سازمان ملل وارد "
    "دمشق شده بودند|doubt]. [معلوم نیست این فیلم~ها را چه کسی و کجا ضبط کرده است|doubt].",
    # Ghouta 2013: diaspora
    "صدها غیرنظامی، از جمله ده~ها کودک، در حمله شیمیایی [رژیم کودک~کش اسد|name_calling] به "
    "غوطه [در خواب خفه شدند|loaded_language]. [جهان باز هم تماشا کرد و هیچ نکرد|exaggeration].",
    # Ghouta 2018: plain
    "سازمان ملل در فوریه ۲۰۱۸ خواستار آتش~بس ۳۰ روزه در غوطه شرقی شد. به گزارش دیده~بان "
    "حقوق بشر سوریه، صدها نفر در بمباران~های چند هفته کشته شدند.",
    # Mosul 2014: Iranian state agency
    "[گروهک تروریستی|name_calling] داعش که [دست~پرورده آمریکا و عربستان|name_calling] است، "
    "موصل را در کمتر از یک روز تصرف کرد. [اگر مدافعان حرم نبودند، امروز باید در کرمانشاه و "
    "همدان با این تکفیری~ها می~جنگیدیم|appeal_to_fear].",
    # Mosul 2017: plain
    "نیروهای عراقی در ژوئیه ۲۰۱۷ پس از نزدیک به نه ماه نبرد، پایان عملیات بازپس~گیری موصل را "
    "اعلام کردند. بخش بزرگی از شهر قدیم در این نبرد ویران شد.",
    # Sistani's fatwa 2014: Iraqi Shia outlet in Persian
    "[مرجعیت عالی~قدر نجف جهاد کفایی را واجب کرده است و کسی را یارای تردید در آن نیست|"
    "appeal_to_authority]. جوانان غیور عراق [برای دفاع از ناموس و مقدسات|flag_waving] به "
    "جبهه~ها شتافتند.",
    # Iraqi protests 2019: Iranian state outlet
    "[آشوبگرانی|name_calling] که کنسولگری ایران در نجف را به آتش کشیدند، [مزدوران|"
    "name_calling] سفارت آمریکا بودند. [همه این ناآرامی~ها با پول عربستان و نقشه واشنگتن به راه "
    "افتاده است|causal_oversimplification].",
    # Iraqi protests 2019: diaspora
    "در [کشتار|loaded_language] پل زیتون ناصریه، ده~ها جوان معترض به دست نیروهای امنیتی و "
    "[شبه~نظامیان دست~نشانده تهران|name_calling] کشته شدند.",
    # Iraqi protests 2019: plain
    "عادل عبدالمهدی، نخست~وزیر عراق، در آذر ۱۳۹۸ پس از دو ماه اعتراض خیابانی استعفا داد. در این "
    "اعتراض~ها صدها نفر کشته و هزاران نفر زخمی شدند.",
    # Yemen, Dahyan bus 2018: Iranian state outlet
    "[ائتلاف متجاوز سعودی|name_calling] اتوبوس دانش~آموزان یمنی را در ضحیان هدف قرار داد و "
    "[ده~ها کودک بی~گناه را تکه~تکه کرد|loaded_language]. [آمریکا که بمب این جنایت را فروخته، "
    "از حقوق بشر در ایران حرف می~زند|distraction].",
    # Yemen: Saudi-leaning Persian service
    "[میلیشیای تروریستی حوثی|name_calling] که [بازوی رژیم ایران|name_calling] در یمن است، بار "
    "دیگر با موشک بالستیک مناطق مسکونی ریاض را هدف گرفت. [این حملات امنیت کل منطقه و بازار "
    "جهانی انرژی را به خطر می~اندازد|appeal_to_fear].",
    # Yemen: Houthi-aligned outlet
    "[یا در برابر تجاوز می~ایستیم یا باید برای همیشه برده آل سعود باشیم|false_dilemma]؛ "
    "[ملت سرافراز یمن راه عزت را برگزیده است|flag_waving]. هزاران نفر در صنعا با سر دادن شعار "
    "[«مرگ بر آمریکا، مرگ بر اسرائیل»|slogans] به خیابان آمدند.",
    # Yemen truce 2022: plain
    "آتش~بس دو ماهه با میانجی~گری سازمان ملل از فروردین ۱۴۰۱ در یمن برقرار شد. طرفین توافق "
    "کردند پروازهای تجاری از فرودگاه صنعا از سر گرفته شود.",
    # Abqaiq 2019: plain
    "حوثی~ها مسئولیت حمله پهپادی به تأسیسات نفتی آرامکو در ابقیق را بر عهده گرفتند، اما "
    "واشنگتن ایران را مسئول دانست.",
    # Abqaiq 2019: Iranian state outlet
    "[ادعای آمریکا درباره نقش ایران در حمله به آرامکو دروغی بی~پایه است|doubt]. "
    "[آمریکایی~ها که در یمن شریک جنایت سعودی~ها هستند، درباره کشتار هزاران کودک یمنی سکوت "
    "کرده~اند|distraction].",
    # Gaza, al-Ahli hospital 2023: Iranian state outlet
    "[رژیم کودک~کش صهیونیستی|name_calling] شب گذشته بیمارستان المعمدانی را بمباران کرد و "
    "[صدها زن و کودک بی~دفاع را به خاک و خون کشید|loaded_language]. [جنایتی که در تاریخ "
    "بشر بی~سابقه است|exaggeration].",
    # Gaza, al-Ahli hospital 2023: Israeli-leaning Persian service
    "به گفته ارتش اسرائیل، انفجار در محوطه بیمارستان الاهلی ناشی از شلیک ناموفق موشک جهاد "
    "اسلامی بود. [آمار وزارت بهداشت تحت کنترل حماس را نمی~توان باور کرد|doubt].",
    # Gaza 2024: plain
    "وزارت بهداشت غزه اعلام کرد شمار کشته~شدگان از آغاز جنگ از ۳۰ هزار نفر گذشته است. سازمان "
    "ملل درباره خطر قحطی در شمال نوار غزه هشدار داده است.",
    # October 7: Iranian state outlet
    "عملیات [قهرمانانه|loaded_language] طوفان الاقصی [افسانه شکست~ناپذیری ارتش صهیونیستی را "
    "برای همیشه در هم شکست|exaggeration]. [این پیروزی بزرگ حاصل مستقیم ضعف و پوسیدگی "
    "درونی رژیم اشغالگر است|causal_oversimplification].",
    # October 7: Israeli-leaning Persian service
    "[تروریست~های حماس|name_calling] در ۷ اکتبر حدود ۱۲۰۰ نفر را کشتند و نزدیک به ۲۵۰ نفر را به "
    "گروگان گرفتند. [هر کس امروز از آتش~بس حرف می~زند، عملاً در کنار حماس ایستاده است|"
    "false_dilemma].",
    # Gaza truce November 2023: plain
    "اسرائیل و حماس در نوامبر ۲۰۲۳ بر سر یک آتش~بس هفت~روزه توافق کردند که طی آن ده~ها گروگان "
    "در ازای آزادی زندانیان فلسطینی آزاد شدند.",
    # Gaza 2014: hardline daily
    "در پنجاه و یک روز جنگ تابستان ۲۰۱۴، [ارتش اشغالگر|name_calling] بیش از دو هزار فلسطینی را "
    "کشت. رژیم صهیونیستی [غده سرطانی|name_calling] منطقه است و [به فرموده رهبر معظم انقلاب، "
    "بیست و پنج سال آینده را نخواهد دید|appeal_to_authority].",
    # Gaza 2023: diaspora opposition
    "[حکومتی که معترضان خود را در خیابان~ها به گلوله بست، حالا برای مردم غزه [اشک تمساح|"
    "loaded_language] می~ریزد|distraction]. [نه غزه، نه لبنان، جانم فدای ایران|slogans].",
    # Gaza 2024: activist outlet
    "غزه گرسنه است. [غزه گرسنه است|repetition] و جهان فقط تماشا می~کند؛ [سکوت دولت~های "
    "غربی در برابر این [نسل~کشی|loaded_language] ننگی ابدی است|loaded_language].",
    # Beirut port blast 2020: plain
    "انفجار حدود ۲۷۵۰ تن نیترات آمونیوم در بندر بیروت در ۱۴ مرداد ۱۳۹۹ بیش از ۲۰۰ کشته برجای "
    "گذاشت. تحقیقات قضایی درباره این انفجار بارها متوقف شده است.",
    # Beirut port blast: Iranian state outlet
    "[رسانه~های زرد غربی|name_calling] هنوز آوار بندر بیروت کنار نرفته بود که حزب~الله را مقصر "
    "خواندند. [این همان سناریوی همیشگی است و نیازی به توضیح ندارد|thought_terminating].",
    # Lebanon: Saudi-leaning Persian service
    "حزب~الله، [این بازوی مسلح ولایت فقیه|name_calling]، [لبنان را به گروگان گرفته است|"
    "loaded_language]. [فروپاشی اقتصاد لبنان فقط و فقط نتیجه سلاح حزب~الله است|"
    "causal_oversimplification].",
    # Lebanon, pagers September 2024: Iranian state outlet
    "انفجار همزمان هزاران پیجر در لبنان نشان داد [رژیم صهیونیستی برای کشتن مردم عادی هیچ "
    "مرزی نمی~شناسد|exaggeration]. این [جنایت هولناک|loaded_language] بی~پاسخ نخواهد ماند.",
    # Nasrallah, September 2024: plain
    "حسن نصرالله، دبیرکل حزب~الله لبنان، در ۶ مهر ۱۴۰۳ در حمله هوایی اسرائیل به ضاحیه جنوبی "
    "بیروت کشته شد.",
    # Nasrallah: Iranian state outlet
    "[سید مقاومت|name_calling] به شهادت رسید، اما [راه او تا نابودی رژیم صهیونیستی ادامه "
    "خواهد یافت|slogans]. عزاداران در بیروت و تهران یک~صدا سر دادند: [«هیهات منا الذلة»|"
    "slogans].",
    # Sanctions and medicine: Iranian state outlet
    "تحریم~های [ظالمانه|loaded_language] آمریکا حتی داروی کودکان مبتلا به بیماری پروانه~ای را "
    "هدف گرفته است؛ [این تروریسم اقتصادی|name_calling] چیزی جز [جنایت علیه بشریت|"
    "loaded_language] نیست.",
    # Sanctions: diaspora opposition
    "[همه گرانی~ها و بیکاری~ها فقط نتیجه فساد و ناکارآمدی [آخوندهاست|name_calling]، نه "
    "تحریم|causal_oversimplification]. [میلیون~ها ایرانی دیگر این حکومت را نمی~خواهند|"
    "bandwagon_reductio].",
    # Sanctions 2018: plain
    "ریال ایران پس از خروج آمریکا از برجام در سال ۲۰۱۸ بیش از نیمی از ارزش خود را در برابر دلار "
    "از دست داد. دولت پیش~تر نرخ ۴۲۰۰ تومانی را برای واردات کالاهای اساسی تعیین کرده بود.",
    # Maximum pressure: Iranian state outlet
    "[ملت بزرگ ایران در برابر فشار حداکثری زانو نخواهد زد|flag_waving]؛ [دشمن زبون|"
    "name_calling] باید بداند پاسخ ما [«مقاومت حداکثری»|slogans] است.",
    # Resistance economy: hardline daily
    "[به فرموده مقام معظم رهبری، تنها راه عبور از تحریم~ها اقتصاد مقاومتی است|"
    "appeal_to_authority]. [یا اقتصاد مقاومتی یا وابستگی و ذلت؛ راه سومی وجود ندارد|"
    "false_dilemma].",
    # JCPOA 2015: plain
    "ایران و گروه ۱+۵ در ۲۳ تیر ۱۳۹۴ در وین برنامه جامع اقدام مشترک را نهایی کردند. بر اساس این "
    "توافق، ایران پذیرفت ذخایر اورانیوم غنی~شده خود را کاهش دهد.",
    # JCPOA: hardline daily
    "برجام [خسارت محض|loaded_language] بود؛ [خسارت محض|repetition] در اقتصاد و [خسارت محض|"
    "repetition] در امنیت. [مذاکره~کنندگان غرب~زده|name_calling] [همه دستاوردهای هسته~ای کشور "
    "را به باد دادند|exaggeration].",
    # JCPOA: reformist daily
    "[کاسبان تحریم|name_calling] از روز اول با برجام مخالف بودند، [چون سودشان در ادامه تحریم "
    "است|causal_oversimplification]. [هر کس از برجام دفاع می~کند، در صف آمریکا و اسرائیل "
    "ایستاده است|bandwagon_reductio]؛ این منطق تندروهاست.",
    # US exit 2018: plain
    "دونالد ترامپ در ۱۸ اردیبهشت ۱۳۹۷ خروج آمریکا از برجام را اعلام کرد و دستور بازگرداندن "
    "تحریم~های هسته~ای را صادر کرد.",
    # Nuclear programme: Israeli-leaning Persian service
    "[رژیم آخوندی|name_calling] تنها چند هفته با بمب اتم فاصله دارد و [اگر امروز جلوی آن گرفته "
    "نشود، فردا تمام خاورمیانه در آتش خواهد سوخت|appeal_to_fear].",
    # Nuclear programme: Iranian state outlet
    "[کشوری که تنها کشور تاریخ است که بمب اتم بر سر مردم ریخته، از برنامه صلح~آمیز هسته~ای "
    "ایران نگران است|distraction]! [همان~گونه که امام راحل فرمودند، آمریکا هیچ غلطی نمی~تواند "
    "بکند|appeal_to_authority].",
    # Vienna talks 2022: plain
    "دور تازه مذاکرات وین برای احیای برجام بدون نتیجه پایان یافت و هیئت~ها برای مشورت به "
    "پایتخت~ها بازگشتند. سخنگوی اتحادیه اروپا گفت گفت~وگوها ادامه خواهد یافت.",
    # Vienna talks: hardline daily
    "[به فرموده رهبر انقلاب، مذاکره با آمریکا سم مهلک است|appeal_to_authority]. [یا مذاکره و "
    "تسلیم، یا مقاومت و عزت|false_dilemma].",
    # Vienna talks: state outlet
    "[هر عقب~نشینی در مذاکرات، درِ جنگ را به روی کشور باز می~کند|appeal_to_fear]. [ایرانی هرگز "
    "زیر بار زور نمی~رود|flag_waving].",
    # Natanz 2021: Iranian state outlet
    "[اقدام تروریستی|loaded_language] در نطنز [تنها چند سانتریفیوژ قدیمی را از کار انداخت|"
    "exaggeration] و [خللی در عزم ملت ایران ایجاد نمی~کند|flag_waving].",
    # Natanz 2021: plain
    "سازمان انرژی اتمی ایران اعلام کرد برق تأسیسات غنی~سازی نطنز در ۲۲ فروردین ۱۴۰۰ قطع شد. "
    "آژانس بین~المللی انرژی اتمی گفت در جریان گزارش~ها قرار دارد.",
    # Fakhrizadeh 2020: Iranian state outlet
    "دانشمند هسته~ای شهید محسن فخری~زاده به دست [مزدوران موساد|name_calling] [ترور|"
    "loaded_language] شد. [قطعاً این جنایت کار رژیم صهیونیستی است و جای هیچ بحثی نیست|"
    "thought_terminating].",
    # Fakhrizadeh: plain
    "محسن فخری~زاده، از مدیران ارشد وزارت دفاع ایران، در ۷ آذر ۱۳۹۹ در آبسرد دماوند در حمله به "
    "خودرویش کشته شد.",
    # November 2019: state outlet
    "[اغتشاشگران اجیرشده|name_calling] با حمله به بانک~ها و پمپ~بنزین~ها [امنیت مردم را به "
    "گروگان گرفتند|loaded_language]. [دست خارجی در این آشوب~ها کاملاً آشکار است|"
    "causal_oversimplification].",
    # November 2019: diaspora
    "جمهوری اسلامی در [آبان خونین|loaded_language] صدها معترض را [قتل~عام کرد|"
    "loaded_language]. [هرگز در تاریخ معاصر ایران چنین کشتاری در سه روز دیده نشده بود|"
    "exaggeration].",
    # November 2019: plain
    "افزایش ناگهانی قیمت بنزین در ۲۴ آبان ۱۳۹۸ به اعتراض در ده~ها شهر انجامید. دسترسی به اینترنت "
    "در سراسر کشور نزدیک به یک هفته قطع شد.",
    # 2017-18 protests: state outlet
    "[مردم بصیر|loaded_language] ایران با حضور [میلیونی|exaggeration] در راهپیمایی~ها "
    "[مشت محکمی|loaded_language] بر دهان [فتنه~گران|name_calling] زدند.",
    # 2017-18 protests: plain
    "اعتراض~ها در دی ۱۳۹۶ از مشهد آغاز شد و در چند روز به ده~ها شهر دیگر رسید. مقام~ها از "
    "بازداشت صدها نفر خبر دادند.",
    # 2022: plain
    "مهسا (ژینا) امینی، زن ۲۲ ساله اهل سقز، در ۲۵ شهریور ۱۴۰۱ سه روز پس از بازداشت به دست گشت "
    "ارشاد در بیمارستانی در تهران درگذشت.",
    # 2022: diaspora
    "[«زن، زندگی، آزادی»|slogans] از زاهدان تا سقز در خیابان~ها طنین انداخت. [همه ایران "
    "یکپارچه به پا خاسته است|bandwagon_reductio] و [رژیم جنایتکار|name_calling] روزهای آخرش "
    "را می~گذراند.",
    # 2022: state outlet
    "[رهبر انقلاب فرمودند این اغتشاشات را آمریکا و رژیم صهیونیستی طراحی کردند|"
    "appeal_to_authority]. [اگر این آشوب~ها مهار نشود، ایران به سرنوشت سوریه و لیبی دچار "
    "خواهد شد|appeal_to_fear].",
    # 2022: state outlet on the cause of death
    "پزشکی قانونی علت مرگ را بیماری زمینه~ای اعلام کرد. [روایتی که [رسانه~های معاند|"
    "name_calling] بدون هیچ سندی درباره ضرب~وشتم او ساختند، از ابتدا دروغ بود|doubt].",
    # 2022: diaspora on the same report
    "[گزارش به~اصطلاح پزشکی قانونی حتی خانواده او را هم قانع نکرد|doubt]. [رفتار سپاه با "
    "معترضان همان رفتار گشتاپو با مخالفان هیتلر است|bandwagon_reductio].",
    # 2022: state outlet, whataboutism
    "رسانه~های غربی که برای مرگ یک دختر در تهران [جنجال|loaded_language] به پا کرده~اند، "
    "[درباره کشته شدن سیاه~پوستان به دست پلیس آمریکا سکوت می~کنند|distraction].",
    # 2022: diaspora
    "[این حکومت یا باید برود یا ایران را نابود می~کند|false_dilemma]. [خون جوانان این سرزمین|"
    "loaded_language] [هرگز پایمال نخواهد شد|flag_waving].",
    # Fatemiyoun: Afghan outlet
    "سپاه پاسداران هزاران مهاجر افغان را با وعده اقامت به سوریه فرستاد و آنان را [گوشت دم توپ|"
    "loaded_language] جنگ اسد کرد. [افغان~ها هرگز سرباز جنگ~های دیگران نبوده~اند|"
    "flag_waving].",
    # Fatemiyoun: plain
    "لشکر فاطمیون از شیعیان افغان تشکیل شده است که در جنگ سوریه در کنار نیروهای دولتی جنگیدند. "
    "شمار زیادی از اعضای آن بین سال~های ۲۰۱۳ تا ۲۰۱۷ کشته شدند.",
    # Kabul airport 2021: Afghan outlet, plain
    "در انفجار انتحاری کنار دروازه ابی~گیت میدان هوایی کابل در ۴ سنبله ۱۴۰۰ بیش از ۱۷۰ غیرنظامی "
    "افغان و ۱۳ نظامی آمریکایی کشته شدند. شاخه خراسان گروه دولت اسلامی مسئولیت این حمله را "
    "پذیرفت.",
    # Afghanistan 2021: Afghan exile outlet
    "[گروه تروریستی طالبان|name_calling] با [حمایت مستقیم پاکستان|causal_oversimplification] "
    "کابل را گرفت و [دستاوردهای بیست ساله را در یک شب به باد داد|exaggeration].",
    # Refugees: Iranian hardline outlet
    "[سیل|loaded_language] مهاجران افغان [امنیت شهرهای ما را تهدید می~کند و اگر امروز فکری نشود، "
    "فردا دیر است|appeal_to_fear].",
    # Troops withdrawal: state outlet, repetition
    "آمریکا باید از منطقه برود. [آمریکا باید از عراق برود|repetition]، [آمریکا باید از سوریه "
    "برود|repetition] و [اشغالگران|name_calling] باید بدانند [مقاومت تا آخرین نفس ادامه دارد|"
    "slogans].",
    # Yemen civilians: coalition spokesman quoted
    "سخنگوی ائتلاف درباره کشته شدن غیرنظامیان در بازار صعده گفت: [«در جنگ این اتفاق~ها "
    "می~افتد»|thought_terminating].",
    # Israel-Iran April 2024: Iranian state outlet
    "عملیات [وعده صادق|none] [ضربه~ای کوبنده|loaded_language] بر پیکر رژیم صهیونیستی بود و "
    "[توازن قوا در منطقه را برای همیشه به سود جبهه مقاومت تغییر داد|exaggeration].",
    # Israel-Iran April 2024: plain
    "ایران در ۲۵ فروردین ۱۴۰۳ بیش از ۳۰۰ پهپاد و موشک به سوی اسرائیل شلیک کرد. ارتش اسرائیل گفت "
    "بیشتر آن~ها با کمک آمریکا و متحدانش رهگیری شد.",
    # Syria 2024: Saudi-leaning Persian service
    "تهران که از غزه دم می~زند، [درباره کشتار سنی~های سوریه به دست متحدانش چه می~گوید؟|"
    "distraction] [اسد و حامیانش|none] [به هیچ قیمتی قابل اعتماد نیستند|doubt].",
    # Syria, fall of Assad December 2024: plain
    "بشار اسد پس از پیشروی سریع گروه~های مخالف مسلح به رهبری هیئت تحریر الشام، در دسامبر ۲۰۲۴ "
    "دمشق را ترک کرد و به مسکو رفت.",
    # Hajj / Saudi: Iranian state outlet
    "[آل سعود|name_calling] که [خائن به حرمین شریفین|name_calling] است، [با فاجعه منا نشان داد "
    "که صلاحیت اداره حج را ندارد|causal_oversimplification].",
    # Sinjar 2014: Kurdish outlet in Persian
    "[جلادان|name_calling] داعش در سنجار هزاران ایزدی را [سلاخی کردند|loaded_language] و "
    "زنان و دختران را [چون کالا|loaded_language] در بازارهای موصل فروختند.",
    # Raisi 2024: state outlet
    "[شهید خدمت|name_calling]، آیت~الله رئیسی، [عمر پربرکت|loaded_language] خود را وقف "
    "محرومان کرد و [ملت قدرشناس ایران|flag_waving] داغدار خادم خود شد.",
    # Raisi 2024: diaspora
    "رئیسی، [قاضی مرگ|name_calling] تابستان ۶۷، با [کارنامه~ای سیاه|loaded_language] از دنیا "
    "رفت؛ [جلادی|name_calling] که [دستانش به خون هزاران زندانی آلوده بود|loaded_language].",
    # Raisi 2024: plain
    "ابراهیم رئیسی، رئیس~جمهور ایران، و حسین امیرعبداللهیان، وزیر امور خارجه، در سقوط بالگرد در "
    "ارتفاعات ورزقان در آذربایجان شرقی در اردیبهشت ۱۴۰۳ جان باختند.",
    # November 2019: official quoted
    "سخنگوی دولت درباره شمار کشته~شدگان آبان گفت: [«آمارهایی که منتشر می~شود دروغ است و بیش از "
    "این توضیحی نمی~دهیم»|thought_terminating].",
]

MARK_LABEL = re.compile(r"\|([a-z_]+)\]")
ZWNJ = "\u200c"
ARABIC_YEH_KAF = ("\u064a", "\u0643")  # Persian text must use ی (U+06CC) and ک (U+06A9)
# ``none`` is allowed as a writer's note ("looked at, not a technique") and is dropped.
NOTE_LABEL = "none"


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == ZWNJ or "\u064b" <= ch <= "\u0652"


def parse(passage: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the (possibly nested) ``[surface|label]`` marks; return text and spans."""
    passage = passage.replace("~", ZWNJ)
    for ch in ARABIC_YEH_KAF:
        if ch in passage:
            raise ValueError(f"Arabic {ch!r} in Persian passage: {passage[:60]}")
    out: list[str] = []
    opened: list[int] = []
    spans: list[dict[str, object]] = []
    i = 0
    while i < len(passage):
        ch = passage[i]
        if ch == "[":
            opened.append(len(out))
            i += 1
        elif ch == "|":
            m = MARK_LABEL.match(passage, i)
            if m is None or not opened:
                raise ValueError(f"stray '|': {passage[:60]}")
            label = m.group(1)
            start = opened.pop()
            if label != NOTE_LABEL:
                if label not in LABELS:
                    raise ValueError(f"unknown label {label!r}: {passage[:60]}")
                surface = "".join(out[start:])
                spans.append(
                    {"start": start, "end": len(out), "technique": label, "surface": surface}
                )
            i = m.end()
        elif ch == "]":
            raise ValueError(f"stray ']': {passage[:60]}")
        else:
            out.append(ch)
            i += 1
    if opened:
        raise ValueError(f"unclosed mark: {passage[:60]}")
    text = "".join(out)
    for span in spans:
        start, end = int(str(span["start"])), int(str(span["end"]))
        if text[start:end] != span["surface"] or start >= end:
            raise ValueError(f"span text differs from surface: {span}")
        if (start > 0 and _is_word_char(text[start - 1])) or (
            end < len(text) and _is_word_char(text[end])
        ):
            raise ValueError(f"span does not sit on word boundaries: {span} in {text[:60]}")
    spans.sort(key=lambda s: (int(str(s["start"])), int(str(s["end"]))))
    return text, spans


def main() -> None:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    by_label: dict[str, int] = dict.fromkeys(LABELS, 0)
    n_plain = 0
    for i, passage in enumerate(FA, 1):
        text, spans = parse(passage)
        if text in seen:
            raise ValueError(f"duplicate passage: {text[:60]}")
        seen.add(text)
        rows.append({"id": f"tfa-{i:03d}", "text": text, "spans": spans})
        n_plain += not spans
        for span in spans:
            by_label[str(span["technique"])] += 1
    n_spans = sum(by_label.values())
    print(f"fa: {len(rows)} passages ({n_plain} with no span), {n_spans} spans")
    for label in sorted(LABELS, key=lambda lab: -by_label[lab]):
        print(f"  {label:28s} {by_label[label]}")
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} passages to {OUT}")


if __name__ == "__main__":
    main()
