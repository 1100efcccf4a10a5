"""English boilerplate vocabulary."""

from __future__ import annotations

UI_WIDGET = (
    "no script", "noscript", "please wait", "loading", "add to favorites", "add to favourites",
    "print", "email", "e-mail", "font size", "a a a", "a+ a-", "a- a+", "skip to content",
    "skip to main content", "menu", "search", "home", "close", "toggle navigation", "back to top",
    "subscribe", "sign in", "log in", "login", "register", "advertisement", "sponsored",
    "click to enlarge", "javascript is disabled", "please enable javascript", "print this page",
    "text size", "listen", "listen to this article", "save", "bookmark", "zoom", "view gallery",
    "photo gallery", "next", "previous", "prev", "read more", "continue reading", "top",
)  # fmt: skip
# Icon-font ligatures that leak into scraped text ("starAdd to favorites").
ICON_PREFIXES = (
    "folder_open", "access_time", "star_border", "star", "visibility", "chat_bubble_outline",
    "chat_bubble", "person_outline", "person", "date_range", "schedule", "comment", "share",
    "bookmark_border", "bookmark", "local_offer", "label", "remove_red_eye", "thumb_up", "print",
    "mail_outline", "today", "event", "query_builder", "keyboard_arrow_right", "arrow_forward",
)  # fmt: skip
COPY_PROTECTION = (
    "content is protected", "you cannot copy content", "copying is not allowed",
    "copying is prohibited", "right click disabled", "right click is disabled",
    "text selection is disabled", "copy protected", "content protected",
    "this content is copyright protected",
)  # fmt: skip
RELATED_HEADINGS = (
    "similar post", "similar posts", "related", "related posts", "related articles",
    "related news", "related stories", "related content", "related topics", "latest news",
    "latest", "latest posts", "latest articles", "more news", "more stories", "read also",
    "also read", "see also", "you may also like", "you might also like", "recommended",
    "recommended for you", "most read", "most popular", "most viewed", "trending", "trending now",
    "popular posts", "more from this section", "more in this category", "editor's picks",
    "top stories", "don't miss", "more on this story", "recent posts", "more articles",
)  # fmt: skip
COMMENT_HEADINGS = (
    "leave a reply", "leave a comment", "post a comment", "add a comment", "add comment",
    "comments", "comment", "write a comment", "your comment", "join the discussion",
    "post comment", "submit comment", "cancel reply", "reply",
)  # fmt: skip
COMMENT_FORM = (
    "name", "name *", "email *", "website", "your name", "your email", "submit",
    "notify me of new posts by email", "notify me of follow-up comments by email",
)  # fmt: skip
COMMENT_FORM_PREFIXES = (
    "your email address will not be published", "required fields are marked",
    "save my name, email", "you must be logged in to post a comment",
    "this site uses akismet", "comments are closed", "be the first to comment",
    "comments are moderated", "comments will be published after", "log in to comment",
)  # fmt: skip
COUNTER_WORDS = ("views", "view", "comments", "reads", "shares", "likes", "hits", "visits")
SHARE = (
    "share", "share this", "share this article", "share on", "share:", "tweet", "facebook",
    "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email", "print", "x",
    "copy link", "instagram", "youtube", "rss", "follow us", "messenger", "vk", "tumblr",
)  # fmt: skip
# A share widget: an optional share verb, then only network names and connectors.
SHARE_VERBS = (
    "share", "share this", "share this article", "share this story", "share article",
    "share story", "share on", "share via", "share with", "share to", "tweet", "send", "post",
)  # fmt: skip
NETWORKS = (
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit",
    "email", "e-mail", "mail", "print", "copy link", "link", "instagram", "youtube", "tiktok",
    "rss", "messenger", "fb messenger", "vk", "tumblr", "threads", "snapchat", "viber", "signal",
    "mastodon", "bluesky", "flipboard", "pocket", "google news",
)  # fmt: skip
CONNECTORS = ("on", "via", "with", "to", "or", "and", "&", "us", "it", "this")
# "Follow us on Telegram", "Subscribe to our newsletter": a verb that opens the line and a
# channel it names.
FOLLOW_VERBS = (
    "follow", "follow us", "join", "join us", "subscribe", "subscribe to", "sign up",
    "sign up for", "like us", "find us", "stay updated", "stay informed", "download",
)  # fmt: skip
CHANNELS = (
    "newsletter", "newsletters", "channel", "page", "account", "alerts", "app", "podcast",
    "mailing list", "feed", "updates", "digest", "briefing",
)  # fmt: skip
READ_TIME = ("min read", "mins read", "minute read", "minutes read", "min", "minutes")
UPDATED = (
    "updated", "last updated", "updated on", "updated at", "published", "published on",
    "published at", "first published", "posted", "posted on", "posted at", "modified",
    "last modified", "date", "time",
)  # fmt: skip
# Credit lines of agencies and desks: "Reporting by ...; Editing by ...".
CREDITS = (
    "reporting by", "additional reporting by", "with reporting by", "writing by",
    "editing by", "edited by", "compiled by", "translated by", "translation by",
    "photos by", "photo by", "photography by", "video by", "graphics by", "research by",
    "produced by", "with additional reporting by",
)  # fmt: skip
AUTHOR_CREDITS = ("reporting by", "writing by", "with reporting by")
# "This article was published ... in partnership with ...": opener, then a marker.
SELF_REFERENCE = (
    "this article", "this story", "this report", "this piece", "this content", "this post",
    "this feature", "this interview", "a version of this article", "a version of this story",
)  # fmt: skip
PARTNERSHIP = (
    "in partnership with", "in collaboration with", "in cooperation with", "originally published",
    "first published", "was published by", "was produced by", "is published by",
    "republished", "first appeared", "originally appeared", "is produced by", "supported by",
)  # fmt: skip
RELATED_PREFIXES = ("more from", "more on", "more in", "more stories from", "more news from")
FOOTER = (
    "all rights reserved", "editorial standards", "privacy policy", "terms of use",
    "terms of service", "cookie policy", "terms and conditions", "contact us", "about us",
    "trust principles", "code of ethics", "corrections policy",
)  # fmt: skip
# Calls to action and offers of an advert; two of them (or one with a product word) in a
# line that shares few words with the article make it spam.
CALL_TO_ACTION = (
    "order now", "buy now", "call now", "shop now", "book now", "act now", "visit now",
    "sign up now", "order today", "call today", "click here", "limited offer",
    "limited-time offer", "limited time offer", "limited time", "for a limited time",
    "discount", "half price", "free shipping", "free delivery", "cash on delivery",
    "money back", "money-back guarantee", "best price", "lowest price", "special offer",
    "welcome bonus", "order via whatsapp", "order on whatsapp", "contact us on whatsapp",
    "whatsapp us", "message us on whatsapp", "don't miss out", "hurry",
)  # fmt: skip
PRODUCTS = (
    "pills", "capsules", "supplement", "supplements", "slimming", "diet pills", "fat burner",
    "enlargement", "erectile", "hair loss", "miracle cure", "bonus", "crypto signals",
    "forex signals",
)  # fmt: skip
TICKER = ("breaking", "breaking news", "urgent", "just in", "news ticker", "ticker")
# Whole-line labels of a live stream or broadcast player.
LIVE = (
    "live", "live now", "watch live", "listen live", "live tv", "live stream", "live radio",
    "live updates", "live blog", "on air",
)  # fmt: skip
BYLINE = ("by", "written by", "author", "reporter", "reported by", "story by", "words by")
LANGUAGES = (
    "english", "en", "ar", "fa", "fr", "es", "de", "ru", "tr", "ur", "français", "español",
    "deutsch", "русский", "türkçe", "italiano", "português", "中文", "日本語",
)  # fmt: skip
SPAM = (
    "casino", "casinos", "viagra", "cialis", "levitra", "poker", "slots", "slot machine",
    "roulette", "blackjack", "sportsbook", "betting", "bet365", "jackpot", "payday loan",
    "payday loans", "online pharmacy", "porn", "escort", "escorts", "free spins",
    "no deposit bonus", "weight loss pills", "buy cheap",
)  # fmt: skip
