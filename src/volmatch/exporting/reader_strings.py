"""What the site tells a newcomer about taking part, in each site language.

Merged into :data:`volmatch.exporting.strings.STRINGS`: how to apply, what a CEFR level
means in everyday words, the notes on text written in another language, and the
greeting of the root page.
"""

from __future__ import annotations

READER: dict[str, dict[str, str]] = {
    "en": {
        "take_part": "How do I take part?",
        "apply_write": "Write an e-mail",
        "apply_call": "Call",
        "apply_web": "Apply on the organization's website",
        "apply_what": (
            "Say who you are, which languages you speak and when you have time. "
            "Ask about anything you are not sure of."
        ),
        "apply_none": "The organization has given no contact yet: see the details below.",
        "organizer": "Organizer",
        "applications": "Applications",
        "about": "About this opportunity",
        "facts": "Details",
        "in_czech": "written by the organization in {lang}",
        "not_translated": (
            "This listing is not yet translated into English. It is shown in {lang}; "
            "the details around it are in English."
        ),
        "no_language": "No particular language needed",
        "greeting": "Welcome",
        "choose_language": "Choose your language",
        "statement": "Accessibility statement",
        "level_A1": "A1 — you know a few words and simple phrases",
        "level_A2": "A2 — you can manage simple everyday tasks",
        "level_B1": "B1 — you can handle everyday situations",
        "level_B2": "B2 — you can talk with people easily on most topics",
        "level_C1": "C1 — you speak fluently, also on complex topics",
        "level_C2": "C2 — you understand and speak almost like a native speaker",
        "level_native": "native speaker",
        "level_any": "any level",
        "share_city": "Prague",
    },
    "cs": {
        "take_part": "Jak se zapojit?",
        "apply_write": "Napsat e-mail",
        "apply_call": "Zavolat",
        "apply_web": "Přihlásit se na webu organizace",
        "apply_what": (
            "Napište, kdo jste, jakými jazyky mluvíte a kdy máte čas. "
            "Zeptejte se na cokoli, čím si nejste jistí."
        ),
        "apply_none": "Organizace zatím neuvedla kontakt: podrobnosti najdete níže.",
        "organizer": "Pořadatel",
        "applications": "Přihlášky",
        "about": "O nabídce",
        "facts": "Podrobnosti",
        "in_czech": "napsala organizace v jazyce {lang}",
        "not_translated": (
            "Tato nabídka zatím není přeložena do češtiny. Zobrazujeme ji v jazyce {lang}; "
            "údaje kolem ní jsou česky."
        ),
        "no_language": "Není potřeba žádný konkrétní jazyk",
        "greeting": "Vítejte",
        "choose_language": "Vyberte si jazyk",
        "statement": "Prohlášení o přístupnosti",
        "level_A1": "A1 — znáte pár slov a jednoduchých frází",
        "level_A2": "A2 — zvládnete jednoduché každodenní úkony",
        "level_B1": "B1 — domluvíte se v běžných situacích",
        "level_B2": "B2 — s lidmi se snadno bavíte o většině témat",
        "level_C1": "C1 — mluvíte plynule i o složitých věcech",
        "level_C2": "C2 — rozumíte a mluvíte skoro jako rodilý mluvčí",
        "level_native": "rodilý mluvčí",
        "level_any": "jakákoli úroveň",
        "share_city": "Praha",
    },
    "uk": {
        "take_part": "Як долучитися?",
        "apply_write": "Написати e-mail",
        "apply_call": "Зателефонувати",
        "apply_web": "Подати заявку на сайті організації",
        "apply_what": (
            "Напишіть, хто ви, якими мовами розмовляєте і коли маєте час. "
            "Запитайте про все, в чому не впевнені."
        ),
        "apply_none": "Організація ще не вказала контакт: подробиці нижче.",
        "organizer": "Організатор",
        "applications": "Заявки",
        "about": "Про пропозицію",
        "facts": "Подробиці",
        "in_czech": "написано організацією мовою: {lang}",
        "not_translated": (
            "Це оголошення ще не перекладено українською. Його показано мовою: {lang}; "
            "відомості навколо — українською."
        ),
        "no_language": "Знання певної мови не потрібне",
        "greeting": "Ласкаво просимо",
        "choose_language": "Оберіть мову",
        "statement": "Заява про доступність",
        "level_A1": "A1 — ви знаєте кілька слів і простих фраз",
        "level_A2": "A2 — ви впораєтеся з простими повсякденними справами",
        "level_B1": "B1 — ви порозумієтеся в повсякденних ситуаціях",
        "level_B2": "B2 — ви легко розмовляєте з людьми на більшість тем",
        "level_C1": "C1 — ви вільно говорите і на складні теми",
        "level_C2": "C2 — ви розумієте і говорите майже як носій мови",
        "level_native": "носій мови",
        "level_any": "будь-який рівень",
        "share_city": "Прага",
    },
    "ru": {
        "take_part": "Как принять участие?",
        "apply_write": "Написать e-mail",
        "apply_call": "Позвонить",
        "apply_web": "Подать заявку на сайте организации",
        "apply_what": (
            "Напишите, кто вы, на каких языках говорите и когда у вас есть время. "
            "Спросите обо всём, в чём не уверены."
        ),
        "apply_none": "Организация пока не указала контакт: подробности ниже.",
        "organizer": "Организатор",
        "applications": "Заявки",
        "about": "О предложении",
        "facts": "Подробности",
        "in_czech": "написано организацией на языке: {lang}",
        "not_translated": (
            "Это объявление ещё не переведено на русский. Оно показано на языке: {lang}; "
            "сведения вокруг него — по-русски."
        ),
        "no_language": "Знание определённого языка не нужно",
        "greeting": "Добро пожаловать",
        "choose_language": "Выберите язык",
        "statement": "Заявление о доступности",
        "level_A1": "A1 — вы знаете несколько слов и простых фраз",
        "level_A2": "A2 — вы справитесь с простыми повседневными делами",
        "level_B1": "B1 — вы объяснитесь в повседневных ситуациях",
        "level_B2": "B2 — вы легко говорите с людьми на большинство тем",
        "level_C1": "C1 — вы свободно говорите и на сложные темы",
        "level_C2": "C2 — вы понимаете и говорите почти как носитель языка",
        "level_native": "носитель языка",
        "level_any": "любой уровень",
        "share_city": "Прага",
    },
    "vi": {
        "take_part": "Tôi tham gia bằng cách nào?",
        "apply_write": "Gửi e-mail",
        "apply_call": "Gọi điện",
        "apply_web": "Đăng ký trên trang web của tổ chức",
        "apply_what": (
            "Hãy cho biết bạn là ai, bạn nói những ngôn ngữ nào và khi nào bạn có thời gian. "
            "Hãy hỏi về bất cứ điều gì bạn chưa rõ."
        ),
        "apply_none": "Tổ chức chưa cung cấp liên hệ: xem chi tiết bên dưới.",
        "organizer": "Đơn vị tổ chức",
        "applications": "Đăng ký",
        "about": "Về cơ hội này",
        "facts": "Chi tiết",
        "in_czech": "do tổ chức viết bằng {lang}",
        "not_translated": (
            "Tin này chưa được dịch sang tiếng Việt. Tin được hiển thị bằng {lang}; "
            "các thông tin xung quanh bằng tiếng Việt."
        ),
        "no_language": "Không cần ngôn ngữ cụ thể",
        "greeting": "Chào mừng",
        "choose_language": "Chọn ngôn ngữ của bạn",
        "statement": "Tuyên bố về khả năng tiếp cận",
        "level_A1": "A1 — bạn biết vài từ và câu đơn giản",
        "level_A2": "A2 — bạn làm được những việc hằng ngày đơn giản",
        "level_B1": "B1 — bạn giao tiếp được trong các tình huống hằng ngày",
        "level_B2": "B2 — bạn dễ dàng trò chuyện về hầu hết các chủ đề",
        "level_C1": "C1 — bạn nói trôi chảy, cả về những chủ đề phức tạp",
        "level_C2": "C2 — bạn hiểu và nói gần như người bản ngữ",
        "level_native": "người bản ngữ",
        "level_any": "trình độ bất kỳ",
        "share_city": "Praha",
    },
}
