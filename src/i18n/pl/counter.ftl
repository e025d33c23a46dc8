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
