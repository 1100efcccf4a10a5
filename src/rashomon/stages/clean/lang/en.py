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
    "text selection is disabled", "copy protected",
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
)  # fmt: skip
COUNTER_WORDS = ("views", "view", "comments", "reads", "shares", "likes", "hits", "visits")
SHARE = (
    "share", "share this", "share this article", "share on", "share:", "tweet", "facebook",
    "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email", "print", "x",
    "copy link", "instagram", "youtube", "rss", "follow us", "messenger", "vk", "tumblr",
)  # fmt: skip
TICKER = ("breaking", "breaking news", "urgent", "live", "just in")
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
