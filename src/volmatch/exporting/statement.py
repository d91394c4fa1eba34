"""The accessibility statement of the exported site, after the EU model statement.

Commission Implementing Decision (EU) 2018/1523 gives the model; in Czechia zákon
č. 99/2019 Sb. requires it of public-sector websites and the Ministry of the Interior
supervises it. The sections: commitment, compliance status against WCAG 2.1 AA /
EN 301 549, content that is not accessible, how and when the statement was prepared,
feedback and contact, enforcement.
"""

from __future__ import annotations

import datetime as dt

# When the site's page types were last assessed (axe-core and the W3C Nu checker on every
# page type, in tests/exporting/test_browser.py). Change it with a new assessment.
ASSESSED = dt.date(2026, 12, 3)
CITY_SITE = "https://www.praha.eu/"

STATEMENT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Accessibility statement",
        "intro": (
            "The City of Prague is committed to making this website accessible in accordance "
            "with Act No. 99/2019 Coll. on the accessibility of websites and mobile applications, "
            "which transposes Directive (EU) 2016/2102. This statement applies to the website "
            "“Volunteering in Prague”."
        ),
        "status_h": "Compliance status",
        "status": (
            "This website is partially compliant with EN 301 549 and the Web Content "
            "Accessibility Guidelines (WCAG) 2.1, level AA, due to the limitations listed below."
        ),
        "limits_h": "Content that is not fully accessible",
        "limit_1": (
            "The listings are written by the organizations that offer them. Some are only in "
            "Czech or in another language: the page says so and marks the language, but it "
            "cannot translate them."
        ),
        "limit_2": (
            "Free-text details (schedule, address, accessibility of the place) stay in the "
            "language the organization wrote them in; they are marked as such."
        ),
        "limit_3": (
            "The site has not yet been tested by people using screen readers; the automatic "
            "checks find no errors."
        ),
        "prepared_h": "Preparation of this statement",
        "prepared": "This statement was prepared on {date}.",
        "method": (
            "Method: self-assessment. Every type of page was checked with the axe-core tool "
            "and the W3C Nu HTML checker in a real browser."
        ),
        "reviewed": "The site was last generated and the statement last reviewed on {date}.",
        "feedback_h": "Feedback and contact",
        "feedback": (
            "If something on this site is not accessible to you, or you need a listing in "
            "another form, please tell us:"
        ),
        "feedback_site": "the contacts on the City of Prague's website",
        "enforcement_h": "Enforcement procedure",
        "enforcement": (
            "If you are not satisfied with our answer, you can turn to the Ministry of the "
            "Interior of the Czech Republic, which supervises compliance with Act No. 99/2019 Coll."
        ),
    },
    "cs": {
        "title": "Prohlášení o přístupnosti",
        "intro": (
            "Hlavní město Praha se zavazuje zpřístupnit tyto webové stránky v souladu se zákonem "
            "č. 99/2019 Sb., o přístupnosti internetových stránek a mobilních aplikací, který "
            "provádí směrnici (EU) 2016/2102. Toto prohlášení se vztahuje na webové stránky "
            "„Dobrovolnictví v Praze“."
        ),
        "status_h": "Stav souladu",
        "status": (
            "Tyto stránky jsou částečně v souladu s normou EN 301 549 a s Pravidly pro "
            "přístupnost webového obsahu (WCAG) 2.1 na úrovni AA, a to kvůli omezením níže."
        ),
        "limits_h": "Obsah, který není plně přístupný",
        "limit_1": (
            "Nabídky píší organizace, které je nabízejí. Některé jsou jen česky nebo v jiném "
            "jazyce: stránka to uvádí a jazyk označuje, ale přeložit je nedokáže."
        ),
        "limit_2": (
            "Volně psané údaje (rozvrh, adresa, přístupnost místa) zůstávají v jazyce, ve kterém "
            "je organizace napsala; jsou tak označeny."
        ),
        "limit_3": (
            "Stránky zatím netestovali lidé používající odečítače obrazovky; automatické "
            "kontroly nenacházejí chyby."
        ),
        "prepared_h": "Vypracování tohoto prohlášení",
        "prepared": "Toto prohlášení bylo vypracováno dne {date}.",
        "method": (
            "Metoda: vlastní posouzení. Každý typ stránky byl zkontrolován nástrojem axe-core "
            "a validátorem W3C Nu ve skutečném prohlížeči."
        ),
        "reviewed": "Stránky byly naposledy vytvořeny a prohlášení přezkoumáno dne {date}.",
        "feedback_h": "Zpětná vazba a kontakt",
        "feedback": (
            "Pokud pro vás něco na těchto stránkách není přístupné nebo potřebujete nabídku "
            "v jiné podobě, dejte nám prosím vědět:"
        ),
        "feedback_site": "kontakty na webu hlavního města Prahy",
        "enforcement_h": "Postup vymáhání",
        "enforcement": (
            "Pokud nejste spokojeni s naší odpovědí, můžete se obrátit na Ministerstvo vnitra "
            "České republiky, které kontroluje dodržování zákona č. 99/2019 Sb."
        ),
    },
    "uk": {
        "title": "Заява про доступність",
        "intro": (
            "Місто Прага зобов'язується зробити цей вебсайт доступним відповідно до закону "
            "№ 99/2019 Зб. про доступність вебсайтів і мобільних застосунків, який впроваджує "
            "директиву (ЄС) 2016/2102. Ця заява стосується вебсайту «Волонтерство в Празі»."
        ),
        "status_h": "Стан відповідності",
        "status": (
            "Цей вебсайт частково відповідає стандарту EN 301 549 і Настановам з доступності "
            "вебвмісту (WCAG) 2.1 рівня AA через обмеження, наведені нижче."
        ),
        "limits_h": "Вміст, який не повністю доступний",
        "limit_1": (
            "Оголошення пишуть організації, які їх пропонують. Деякі є лише чеською або іншою "
            "мовою: сторінка про це повідомляє і позначає мову, але перекласти їх не може."
        ),
        "limit_2": (
            "Відомості, написані вільним текстом (розклад, адреса, доступність місця), "
            "залишаються мовою, якою їх написала організація; їх так і позначено."
        ),
        "limit_3": (
            "Сайт ще не тестували люди, які користуються програмами зчитування з екрана; "
            "автоматичні перевірки помилок не знаходять."
        ),
        "prepared_h": "Підготовка цієї заяви",
        "prepared": "Цю заяву підготовлено {date}.",
        "method": (
            "Метод: самооцінка. Кожен тип сторінки перевірено інструментом axe-core і "
            "валідатором W3C Nu у справжньому браузері."
        ),
        "reviewed": "Сайт востаннє створено, а заяву переглянуто {date}.",
        "feedback_h": "Зворотний зв'язок і контакти",
        "feedback": (
            "Якщо щось на цьому сайті для вас недоступне або вам потрібне оголошення в іншій "
            "формі, повідомте нас:"
        ),
        "feedback_site": "контакти на вебсайті міста Праги",
        "enforcement_h": "Порядок забезпечення виконання",
        "enforcement": (
            "Якщо ви не задоволені нашою відповіддю, можете звернутися до Міністерства "
            "внутрішніх справ Чеської Республіки, яке контролює дотримання закону № 99/2019 Зб."
        ),
    },
    "ru": {
        "title": "Заявление о доступности",
        "intro": (
            "Город Прага обязуется сделать этот сайт доступным в соответствии с законом "
            "№ 99/2019 Сб. о доступности веб-сайтов и мобильных приложений, который вводит в "
            "действие директиву (ЕС) 2016/2102. Это заявление относится к сайту "
            "«Волонтёрство в Праге»."
        ),
        "status_h": "Статус соответствия",
        "status": (
            "Этот сайт частично соответствует стандарту EN 301 549 и Руководству по "
            "доступности веб-контента (WCAG) 2.1 уровня AA из-за ограничений, перечисленных ниже."
        ),
        "limits_h": "Содержимое, которое не полностью доступно",
        "limit_1": (
            "Объявления пишут организации, которые их предлагают. Некоторые есть только "
            "на чешском или другом языке: страница сообщает об этом и отмечает язык, но "
            "перевести их не может."
        ),
        "limit_2": (
            "Сведения, написанные свободным текстом (расписание, адрес, доступность места), "
            "остаются на языке, на котором их написала организация; они так и отмечены."
        ),
        "limit_3": (
            "Сайт ещё не тестировали люди, пользующиеся программами чтения с экрана; "
            "автоматические проверки ошибок не находят."
        ),
        "prepared_h": "Подготовка этого заявления",
        "prepared": "Это заявление подготовлено {date}.",
        "method": (
            "Метод: самооценка. Каждый тип страницы проверен инструментом axe-core и "
            "валидатором W3C Nu в настоящем браузере."
        ),
        "reviewed": "Сайт в последний раз создан, а заявление пересмотрено {date}.",
        "feedback_h": "Обратная связь и контакты",
        "feedback": (
            "Если что-то на этом сайте для вас недоступно или вам нужно объявление в другой "
            "форме, сообщите нам:"
        ),
        "feedback_site": "контакты на сайте города Праги",
        "enforcement_h": "Порядок обеспечения соблюдения",
        "enforcement": (
            "Если вас не устраивает наш ответ, вы можете обратиться в Министерство внутренних "
            "дел Чешской Республики, которое контролирует соблюдение закона № 99/2019 Сб."
        ),
    },
    "vi": {
        "title": "Tuyên bố về khả năng tiếp cận",
        "intro": (
            "Thành phố Praha cam kết làm cho trang web này dễ tiếp cận theo Luật số 99/2019 "
            "về khả năng tiếp cận của trang web và ứng dụng di động, luật thực thi Chỉ thị (EU) "
            "2016/2102. Tuyên bố này áp dụng cho trang web “Tình nguyện tại Praha”."
        ),
        "status_h": "Tình trạng tuân thủ",
        "status": (
            "Trang web này tuân thủ một phần tiêu chuẩn EN 301 549 và Hướng dẫn về khả năng "
            "tiếp cận nội dung web (WCAG) 2.1 mức AA, do những hạn chế nêu dưới đây."
        ),
        "limits_h": "Nội dung chưa hoàn toàn dễ tiếp cận",
        "limit_1": (
            "Các tin do chính các tổ chức đưa ra viết. Một số tin chỉ có bằng tiếng Séc hoặc "
            "ngôn ngữ khác: trang web có ghi rõ và đánh dấu ngôn ngữ, nhưng không thể dịch."
        ),
        "limit_2": (
            "Các thông tin viết tự do (lịch, địa chỉ, khả năng tiếp cận của địa điểm) giữ "
            "nguyên ngôn ngữ tổ chức đã viết; chúng được đánh dấu như vậy."
        ),
        "limit_3": (
            "Trang web chưa được người dùng trình đọc màn hình thử nghiệm; các kiểm tra tự "
            "động không phát hiện lỗi."
        ),
        "prepared_h": "Soạn thảo tuyên bố này",
        "prepared": "Tuyên bố này được soạn ngày {date}.",
        "method": (
            "Phương pháp: tự đánh giá. Mỗi loại trang đã được kiểm tra bằng công cụ axe-core "
            "và trình kiểm tra W3C Nu trong một trình duyệt thật."
        ),
        "reviewed": "Trang web được tạo và tuyên bố được xem xét lần cuối ngày {date}.",
        "feedback_h": "Phản hồi và liên hệ",
        "feedback": (
            "Nếu có điều gì trên trang web này bạn không tiếp cận được, hoặc bạn cần một tin "
            "ở dạng khác, xin hãy cho chúng tôi biết:"
        ),
        "feedback_site": "các liên hệ trên trang web của thành phố Praha",
        "enforcement_h": "Thủ tục thực thi",
        "enforcement": (
            "Nếu bạn không hài lòng với câu trả lời của chúng tôi, bạn có thể liên hệ Bộ Nội "
            "vụ Cộng hòa Séc, cơ quan giám sát việc tuân thủ Luật số 99/2019."
        ),
    },
}


def statement(lang: str) -> dict[str, str]:
    return STATEMENT.get(lang, STATEMENT["en"])
