# Polish messages for the counter screens; the same ids are in the other language's file.

## Shared by the counter screens

counter-nav-label = Kasa
counter-nav-showings = Seanse
counter-nav-reservations = Rezerwacje
counter-nav-door = Wejście
counter-nav-shift = Zmiana
counter-col-time = Godzina
counter-col-hall = Sala
counter-no-showings-today = Dziś nie ma seansów.

## The door

door-title = Wejście
door-code-label = Zeskanuj lub wpisz kod biletu
door-check = Sprawdź
door-seats = Miejsca { $seats }
door-caption = Dziś: wpuszczeni ze sprzedanych
door-col-admitted = Wpuszczeni
door-col-this-door = To wejście
door-any-showing = Dowolny seans
door-only-this = Tylko ten seans

## The staff home

staff-sections-label = Zaplecze
staff-today-caption = Dzisiejsze seanse
staff-col-sold = Sprzedane
door-valid = Ważny: zapraszamy. Bilet { $code }
door-admitted-at = Już wpuszczony o { $time }
door-admitted-at-by = Już wpuszczony o { $time } przez: { $by }
door-wrong-showing = Zły seans lub dzień. { $why }
door-why-other-showing = Ten bilet jest na inny seans niż obsługiwany przy tym wejściu.
door-why-too-early = Za wcześnie: bilet uprawnia do wejścia od godziny przed rozpoczęciem seansu.
door-why-ended = Ten seans już się skończył.
door-cancelled = Anulowany: ten bilet jest nieważny
door-unpaid = Nieopłacony: proszę skierować klienta do kasy
door-unknown = Nieznany kod
door-unknown-detail = Żaden bilet nie ma kodu „{ $code }”. Sprawdź go i zeskanuj ponownie.

## Kwoty wpisywane w kasie

counter-amount-missing = Wpisz { $what ->
    [counted] policzoną gotówkę
   *[float] pogotowie kasowe
}, na przykład 200 albo 150,50.
counter-amount-not-money = „{ $text }” nie jest kwotą; wpisz ją na przykład jako 200 albo 150,50.
counter-amount-too-much = { $text } to więcej, niż mieści szuflada kasy; sprawdź kwotę.
counter-cash-not-money = „{ $text }” nie jest kwotą; wpisz ją na przykład jako 50 albo 42,50.
counter-cash-too-little = Za mało gotówki: { $cash } to mniej niż suma, więc nic nie pobrano.
counter-cash-too-much = To znacznie więcej niż suma; sprawdź kwotę.
counter-cash-refused = { $reason } Do zapłaty: { $total }.

## Zmiana

counter-shift-title = Zmiana
counter-shift-heading = Twoja zmiana
counter-shift-opened = Otwarta
counter-shift-closed = Zamknięta
counter-shift-float = Pogotowie kasowe
counter-shift-cash-sales = Sprzedaż za gotówkę
counter-shift-cash-refunds = Zwroty gotówki
counter-shift-expected = Gotówka oczekiwana
counter-shift-counted = Gotówka policzona
counter-shift-difference = Różnica
counter-shift-card-sales = Sprzedaż kartą
counter-shift-card-refunds = Zwroty na kartę
counter-shift-counts = Sprzedaże · zwroty · odrzucone karty
counter-shift-open-title = Otwarta zmiana
counter-shift-counted-label = Gotówka policzona w szufladzie
counter-shift-close = Zamknij zmianę
counter-shift-open-form-title = Otwórz zmianę
counter-shift-float-label = Pogotowie kasowe w szufladzie
counter-shift-open = Otwórz zmianę
counter-shift-summary = Podsumowanie zmiany
counter-print = Drukuj
counter-shift-opened-flash = Zmiana otwarta z pogotowiem kasowym { $float }.
counter-shift-closed-flash = Zmiana zamknięta. Podsumowanie poniżej, gotowe do druku.
counter-shift-diff-none = brak różnicy: stan kasy się zgadza
counter-shift-diff-over = nadwyżka { $amount }
counter-shift-diff-short = niedobór { $amount }
counter-shift-already-open = Twoja zmiana jest już otwarta; zamknij ją, zanim otworzysz następną.
counter-shift-none-open = Najpierw otwórz swoją zmianę (Zmiana, z pogotowiem kasowym): płatności w kasie i zwroty gotówki należą do zmiany.
counter-shift-none-to-close = Nie masz otwartej zmiany do zamknięcia.
counter-shift-close-raced = W tej samej chwili na tej zmianie przyjęto sprzedaż. Policz gotówkę jeszcze raz i wtedy zamknij zmianę.

## Lista seansów

counter-title = Kasa
counter-no-shift = Twoja zmiana nie jest otwarta:
counter-no-shift-open-float = otwórz ją z pogotowiem kasowym,
counter-no-shift-before-payments = zanim zaczniesz przyjmować płatności.
counter-search-label = Znajdź seans (tytuł, format, sala, godzina) albo wpisz kod rezerwacji
counter-search = Szukaj
counter-keys-choose = wybierz
counter-keys-open = otwórz
counter-keys-scanned = zeskanowany kod otwiera rezerwację
counter-showings-caption = Seanse od teraz, najbliższe najpierw
counter-col-day = Dzień
counter-col-format = Format
counter-col-left = Wolne
counter-today = Dziś
counter-no-showings = Brak seansów.
counter-no-showings-match = Żaden seans nie pasuje do „{ $q }”.
counter-open-sales = Twoje otwarte sprzedaże

## Sprzedaż

counter-sale-page-title = Sprzedaż · { $title } · { $when }
counter-no-shift-open = otwórz ją,
counter-no-shift-to-take = aby przyjmować płatności.
counter-seats-label = Miejsca: oznaczenia (F12 F13, F12-15) albo liczba (4), by dobrać najlepsze obok siebie
counter-hold = Zajmij
counter-sell-blocked = Sprzedaj mimo to zablokowane miejsca { $seats } (zapisywane w dzienniku zmian)
counter-accessible = Najlepsze miejsca mogą obejmować miejsca dla osób na wózku i ich opiekunów
counter-seat-map = Plan sali
counter-screen = Ekran
counter-legend = Legenda
counter-legend-free = Wolne
counter-legend-mine = Ta sprzedaż
counter-legend-held = Zajęte gdzie indziej
counter-legend-sold = Sprzedane
counter-legend-blocked = Zablokowane (rezerwa kina lub wyłączone z użytku: sprzedaż po potwierdzeniu)
counter-sale-heading = Sprzedaż { $code }
counter-sale-online = (rezerwacja internetowa)
counter-sale-empty = Nie wybrano jeszcze miejsc.
counter-tickets-keys = Bilety · klawisze
counter-tickets-for-all = dla wszystkich miejsc
counter-col-seat = Miejsce
counter-col-ticket = Bilet
counter-col-price = Cena
counter-ticket-for = Bilet na miejsce { $seat }
counter-update-prices = Przelicz ceny
counter-total = Razem
counter-held-until = zajęte do { $time }
counter-payment = Płatność
counter-cash = Gotówka
counter-card = Karta
counter-tendered-label = Gotówka od klienta (puste pole: dokładnie kwota do zapłaty)
counter-card-by-hand = Karta wpisana ręcznie (zostaw puste, aby zapłacić w terminalu)
counter-card-name = Imię i nazwisko na karcie
counter-card-number = Numer karty
counter-card-expiry = Ważna do (MM/RR)
counter-card-cvc = CVC
counter-customer = Klient (opcjonalnie, na potwierdzenie zakupu)
counter-customer-name = Imię i nazwisko
counter-customer-email = E-mail
counter-take-payment = Przyjmij płatność
counter-new-sale = Nowa sprzedaż
counter-new-sale-hint = Wpisz miejsca albo liczbę, by dobrać najlepsze obok siebie, potem naciśnij
counter-keys = Klawisze
counter-key-seats = pole miejsc
counter-key-types = rodzaj biletu dla wszystkich miejsc (na liście przy miejscu: tylko dla niego)
counter-key-cash = gotówka
counter-key-card = karta
counter-key-enter = zajmij wpisane miejsca / przyjmij płatność
counter-key-esc = powrót do seansów

## Miejsca wpisywane w kasie i dlaczego nie można ich zająć

counter-seats-zero = Podaj liczbę miejsc, od 1, albo je wymień, na przykład F12 F13.
counter-seats-too-many = Jedna sprzedaż obejmuje najwyżej { $most } { $most ->
    [one] miejsce
    [few] miejsca
   *[other] miejsc
}; { $text } to więcej.
counter-seats-too-many-named = Jedna sprzedaż obejmuje najwyżej { $most } { $most ->
    [one] miejsce
    [few] miejsca
   *[other] miejsc
}; wpisano { $count }.
counter-seats-not-a-seat = „{ $token }” to nie miejsce: wpisz rząd i numer, na przykład F12, albo zakres, na przykład F12-15.
counter-seats-two-rows = „{ $token }” obejmuje dwa rzędy: podaj zakres w jednym rzędzie, na przykład { $example }.
counter-seats-backwards = „{ $token }” jest odwrócony: najpierw wpisz niższy numer, na przykład { $example }.
counter-seats-run-too-long = „{ $token }” obejmuje więcej niż { $most } { $most ->
    [one] miejsce
    [few] miejsca
   *[other] miejsc
}.
counter-seats-at-most = Wymień najwyżej { $most } { $most ->
    [one] miejsce
    [few] miejsca
   *[other] miejsc
} naraz.
counter-seats-none = Wymień miejsca, na przykład F12 F13 albo F12-15.
counter-no-such-seats = W tej sali nie ma { $count ->
    [one] miejsca
   *[other] miejsc
} { $seats } (jej rzędy: od { $first } do { $last }).
counter-no-such-seats-no-rows = W tej sali nie ma { $count ->
    [one] miejsca
   *[other] miejsc
} { $seats } (sala nie ma żadnych rzędów).
counter-no-block = Nie ma { $count } { $count ->
    [one] wolnego miejsca
   *[other] wolnych miejsc
} obok siebie, nawet w dwóch rzędach. Wymień miejsca zamiast podawać liczbę.
counter-held-lone-seat = Zajęto miejsca obok siebie; inaczej się nie da, więc obok zostaje jedno wolne miejsce.
counter-held-two-rows = Zajęto miejsca w dwóch rzędach: w żadnym rzędzie nie ma tylu wolnych miejsc obok siebie.
counter-confirm-blocked = { $count ->
    [one] Miejsce { $seats } jest zablokowane
   *[other] Miejsca { $seats } są zablokowane
} (rezerwa kina lub wyłączone z użytku). Sprzedać mimo to? Potwierdź poniżej; zostanie to zapisane w dzienniku zmian.
counter-sale-other-cashier = Tę sprzedaż rozpoczął inny kasjer; rozpocznij nową.
counter-sale-paid = Ta sprzedaż jest już opłacona; rozpocznij nową.
counter-sale-ended = Ta sprzedaż się zakończyła (minął czas zajęcia miejsc albo ją anulowano); jej miejsca zwolniono. Rozpocznij nową.
counter-booking-paid = Ta rezerwacja jest już opłacona.
counter-reservation-ended = Ta rezerwacja się zakończyła (minął czas zajęcia miejsc albo ją anulowano).
counter-no-such-seat = Na tym seansie nie ma takiego miejsca.
counter-sold = Niedostępne: { $count ->
    [one] miejsce { $seats } jest sprzedane
   *[other] miejsca { $seats } są sprzedane
}. Nic nie zajęto.
counter-held-elsewhere = Niedostępne: { $count ->
    [one] miejsce { $seats } jest zajęte w innej sprzedaży
   *[other] miejsca { $seats } są zajęte w innej sprzedaży
}. Nic nie zajęto.
counter-sold-and-held = Niedostępne: sprzedane { $sold }, zajęte w innej sprzedaży { $held }. Nic nie zajęto.
counter-sale-too-many = Jedna sprzedaż w kasie obejmuje najwyżej { $most } { $most ->
    [one] miejsce
    [few] miejsca
   *[other] miejsc
}; byłoby ich { $count }.

## Przyjmowanie płatności

counter-pay-check-customer = Sprawdź dane klienta.
counter-pay-incomplete = Formularz płatności jest niekompletny. Wczytaj sprzedaż ponownie i spróbuj jeszcze raz.
counter-pay-choose-method = Wybierz gotówkę albo kartę.
counter-pay-choose-how = Wybierz, jak płaci klient.
counter-pay-check-card = Sprawdź dane karty.
counter-pay-declined = Karta została odrzucona i nic nie pobrano. Spróbuj innej karty albo gotówki.
counter-paid-cash = Zapłacono gotówką: otrzymano { $tendered }, reszta do wydania { $change }.
counter-paid-card = Zapłacono kartą: { $total }.
counter-customer-name-too-long = Imię i nazwisko może mieć najwyżej 100 znaków.

## Wydrukowane bilety

counter-tickets-title = Bilety { $code }
counter-next-customer = Następny klient
counter-all-on-one-page = Wszystkie bilety na jednej stronie
counter-one-per-page = Jeden bilet na stronę
counter-ticket-for-seat = Bilet na miejsce { $seat }
counter-qr-for = Kod QR rezerwacji { $code }
counter-ticket-seat = Miejsce
counter-ticket-code = Kod
counter-tickets-total = Razem { $total }
counter-print-not-paid = Te bilety nie są opłacone, więc nie ma czego drukować.

## Rezerwacje

counter-booking-search-label = Kod rezerwacji, e-mail albo imię i nazwisko klienta
counter-find = Znajdź
counter-no-booking-match = Żadna rezerwacja nie pasuje do „{ $q }”.
counter-booking-seats = miejsca
counter-walk-in = Bez danych klienta
counter-sold-online = sprzedana przez internet
counter-sold-at-counter = sprzedana w kasie
counter-collected-at = odebrano { $time }
counter-admitted-at = wpuszczono { $time }
counter-mark-collected = Oznacz jako odebrane
counter-print-tickets = Drukuj bilety
counter-move-label = Przenieś na miejsca
counter-move = Przenieś
counter-override-cutoff = Pomiń termin anulowania online (zapisywane w dzienniku zmian)
counter-cancel-refund = Anuluj i zwróć pieniądze
counter-cancel = Anuluj
counter-collected-flash = Bilety rezerwacji { $code } oznaczono jako odebrane.
counter-cancelled-refunded-flash = Rezerwacja { $code } anulowana, pieniądze zwrócone: { $how }.
counter-cancelled-released-flash = Rezerwacja { $code } anulowana; jej miejsca zwolniono.
counter-moved-flash = Rezerwację { $code } przeniesiono z { $from } na { $to }.
counter-move-no-seat = W tej sali nie ma miejsca { $seat }.
counter-already-collected = Te bilety zostały już odebrane.
counter-collect-unpaid = Ta rezerwacja nie jest jeszcze opłacona: najpierw przyjmij płatność.
counter-booking-cancelled = Ta rezerwacja została anulowana.
counter-booking-expired = Ta rezerwacja wygasła nieopłacona.
counter-move-not-movable = Na inne miejsca można przenieść tylko rezerwację opłaconą albo właśnie opłacaną.
counter-move-admitted = Tych biletów już użyto przy wejściu.
counter-move-started = Ten seans już się zaczął; jego miejsc nie można już zmienić.
counter-move-count = Ta rezerwacja ma { $count } { $count ->
    [one] miejsce
    [few] miejsca
   *[other] miejsc
}: wymień tyle samo nowych.
counter-move-not-free = Zajęte: { $seats }. Rezerwacja zachowuje swoje miejsca.
counter-booking-raced = Rezerwacja zmieniła się w tej samej chwili. Wyszukaj ją ponownie.

## Strona główna personelu

staff-admin-title = Administracja
staff-admin-intro = Dzisiejszy program w skrócie i działy zaplecza.
staff-section-movies = Filmy
staff-section-halls = Sale i plany miejsc
staff-section-schedule = Repertuar
staff-section-ticket-types = Rodzaje biletów i ceny
staff-section-users = Użytkownicy
staff-section-reports = Raporty
staff-section-settings = Ustawienia
staff-section-audit = Dziennik zmian
