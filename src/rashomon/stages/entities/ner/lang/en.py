"""English cue words (lower case). GIVEN_NAMES also holds a few well-known family names of
the region's public figures."""

from . import words

TITLES = words(
    """
    mr mrs ms miss dr prof president vice minister premier king queen prince princess emir
    sheikh shaykh imam ayatollah grand mullah cleric general gen gen. lt lt. col col. maj maj.
    major colonel lieutenant brigadier commander captain capt capt. sgt sgt. sergeant admiral
    adm adm. marshal field private corporal secretary ambassador envoy spokesman spokeswoman
    spokesperson senator sen. rep. representative governor gov. mayor chairman chief director
    judge justice pope bishop patriarch caliph abu abou umm hajji haji sayyid sayed seyed
    """
)

ORG_CUES = words(
    """
    army armies forces force corps brigade brigades battalion battalions regiment division
    divisions militia militias front party parties movement council committee ministry
    department agency office organisation organization group groups union league coalition
    alliance guard guards revolutionary command headquarters unit units police service
    services government parliament assembly congress senate court bank company corporation
    news network channel television radio agency institute university commission mission
    nations state caliphate hezbollah hizballah hamas isis isil daesh taliban qaeda nusra
    peshmerga ypg sdf pkk irgc un nato eu
    """
)

LOC_CUES = words(
    """
    province governorate district region city town village river valley mountain mountains
    desert sea gulf lake border crossing base airport airbase port bridge dam road highway
    square street mosque hospital school camp prison palace field oilfield refinery plain
    island islands strait peninsula county
    """
)

GIVEN_NAMES = words(
    """
    abdul abdel abd abdullah abdallah ahmad ahmed ali hassan hasan hussein husain hossein
    mohammed muhammad mohammad mohamed mahmoud mustafa omar umar osama usama khalid khaled
    ibrahim ismail yusuf youssef salman saleh salih nouri nuri haider haidar hadi qassem qasem
    qasim kassem javad jawad mohsen hamid hamed bashar hafez bashir jamal walid nabil rafik
    ayman abu bakr baghdadi masoud massoud nechirvan barzani jalal mahdi muqtada sadr hashem
    hashim hamza fadhil faleh falih jaafar abbas kamal karim nasser naser nasrallah zarif
    hassan rouhani ali khamenei ebrahim raisi recep tayyip vladimir sergei john james david
    michael robert william richard thomas mark paul george donald joe barack hillary mike
    ashton boris theresa tony gordon emmanuel francois angela ban antonio staffan kofi
    adel adnan amer amir anwar ashraf atef aziz bilal daoud emad essam fadi faisal farouk fawzi
    ghassan hamad hani hisham imad issa jaber jafar jihad kamel khalil majid maher marwan
    mazen mohsen mounir mousa muhsin nabeel nader nadim naji nizar nouri qais qays rami rashid
    riad riyadh saad sadiq said salah salim sami samir sayed shaker sharif suleiman tarek tariq
    waleed wael yahya yasser yassin younis zaid zakaria zuhair fatima maryam zainab layla
    soleimani suleimani muhandis qaani salami bagheri shamkhani araghchi pezeshkian ghalibaf
    abadi maliki kadhimi sudani amiri khazali julani jolani netanyahu erdogan putin trump
    biden obama assad lavrov blinken pompeo kerry tillerson mattis guterres mistura pedersen
    """
)
