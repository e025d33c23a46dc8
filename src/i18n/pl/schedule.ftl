# Polish messages for the schedule screens; the same ids are in the other language's file.

## Ekrany repertuaru

schedule-admin = Administracja
schedule-title = Repertuar
schedule-new-title = Zaplanuj seans
schedule-new-on = Zaplanuj seans na { $day }
schedule-bulk-title = Zaplanuj wiele seansów
schedule-bulk-link = Zaplanuj wiele naraz
schedule-bulk-explain = Jeden film w jednej sali o tych samych godzinach każdego dnia z zakresu, najwyżej { $count } seansów. Jeśli którykolwiek z nich nakładałby się na seans już zaplanowany w sali, nic nie zostanie zaplanowane, a kolizje zostaną wypisane.
schedule-bulk-not-scheduled = Nic nie zostało zaplanowane: popraw zaznaczone niżej pola.
schedule-bulk-button = Zaplanuj wszystkie
schedule-days = Dni
schedule-from = Od
schedule-to = Do
schedule-included = (włącznie)
schedule-times = Godziny każdego dnia
schedule-times-hint = (czas lokalny, np. 14:00, 18:30)
schedule-price-hint = (np. 24,50)
schedule-hall = Sala
schedule-every-hall = Wszystkie sale
schedule-week = Tydzień
schedule-weeks = Tygodnie
schedule-show = Pokaż
schedule-week-view = Widok tygodnia
schedule-list-view = Widok listy
schedule-previous-week = Poprzedni tydzień
schedule-next-week = Następny tydzień
schedule-week-count = Seanse w tym tygodniu: { $count }
schedule-col-sold = Sprzedane
schedule-cancelled-badge = odwołany
schedule-nothing = W tym tygodniu nie zaplanowano żadnego seansu.
schedule-block-sold = sprzedano { $sold }/{ $count }
schedule-no-showings = Brak seansów
schedule-film = Film
schedule-choose-film = Wybierz film
schedule-choose-hall = Wybierz salę
schedule-minutes = { $count } min
schedule-not-scheduled = Seans nie został zaplanowany: popraw zaznaczone niżej pola.
schedule-not-saved = Seans nie został zapisany: popraw zaznaczone niżej pola.
schedule-starts = Początek
schedule-local-time = (czas lokalny)
schedule-base-price = Cena podstawowa
schedule-base-price-hint = (bilet normalny, np. 24,50)
schedule-format = Format
schedule-create = Zaplanuj seans
schedule-save = Zapisz seans
schedule-sold-of = { $count ->
    [one] sprzedano { $sold } z { $count } miejsca
   *[other] sprzedano { $sold } z { $count } miejsc
}
schedule-held = { $count ->
    [one] { $count } zablokowane
   *[other] { $count } zablokowanych
}
schedule-seat-map-link = plan sali dla klientów
schedule-cancelled-because = Odwołany: { $reason }
schedule-started-note = Ten seans już się rozpoczął; nie można go już zmienić.
schedule-sold-note = Miejsca na ten seans są zablokowane lub sprzedane, więc jego godzina i cena pozostają takie, jakie wybrali klienci. Jeśli seans nie może się odbyć, odwołaj go poniżej: każda rezerwacja zostanie zwrócona.
schedule-cancel-title = Odwołaj ten seans
schedule-cancel-explain = Każda rezerwacja zostanie anulowana, a pieniądze zwrócone tą samą drogą, którą zapłacono; blokady miejsc zostaną zwolnione, a klienci zobaczą powód przy swoich rezerwacjach.
schedule-reason = Powód
schedule-reason-hint = (klienci go zobaczą)
schedule-cancel-button = Odwołaj seans i zwróć wszystkim pieniądze
schedule-clashes-intro = Te godziny nakładają się na seanse już zaplanowane w sali (wliczając przerwę na sprzątanie):
schedule-clash-line = nakłada się na „{ $title }”, { $when }
schedule-conflict-title = Konflikt: { $title }
schedule-conflict-heading = Ktoś inny zapisał ten seans przed tobą
schedule-conflict-alert = Twoje zmiany nie zostały zapisane: seans „{ $title }” został zmieniony po otwarciu formularza. Porównaj wartości, a potem zastosuj swoje zamiast zapisanych albo zostaw zapisaną wersję.
schedule-conflict-caption = Twoje wartości obok zapisanych
schedule-col-field = Pole
schedule-col-yours = Twoje
schedule-col-saved = Zapisane
schedule-apply-mine = Zastosuj moje zmiany zamiast zapisanej wersji
schedule-keep-saved = Zostaw zapisaną wersję

## Komunikaty repertuaru

schedule-no-version = Formularz nie podał, którą wersję seansu pokazywał, więc nic nie zostało zapisane. Sprawdź pola i zapisz ponownie.
schedule-start-past = Ta godzina już minęła: seanse planuje się z wyprzedzeniem.
schedule-overlaps = Ta godzina nakłada się na inny seans w tej sali, wliczając przerwę na sprzątanie: zobacz niżej.
schedule-saved = Seans został zapisany.
schedule-reason-needed = Podaj powód odwołania seansu: klienci go zobaczą.
schedule-cancelled-flash = Seans „{ $title }” ({ $when }) został odwołany. { $count ->
    [one] Anulowano { $count } rezerwację
    [few] Anulowano { $count } rezerwacje
    [many] Anulowano { $count } rezerwacji
   *[other] Anulowano { $count } rezerwacji
}; zwroty: { $refunds } ({ $amount }). Płatności kartą wracają na karty, którymi zapłacono, gotówkę wypłaca kasa.
schedule-scheduled-flash = Seans zaplanowano na { $when }.
schedule-bulk-flash = { $count ->
    [one] Zaplanowano { $count } seans.
    [few] Zaplanowano { $count } seanse.
    [many] Zaplanowano { $count } seansów.
   *[other] Zaplanowano { $count } seansu.
}
schedule-bulk-clashes = Nic nie zostało zaplanowane: niektóre z tych godzin nakładają się na inne seanse w sali, wliczając przerwę na sprzątanie. Są wypisane niżej.
schedule-format-invalid = „{ $text }” nie jest formatem: wybierz 2D, 3D lub IMAX.
schedule-week-invalid = „{ $text }” nie jest tygodniem: wpisz go np. tak: 2026-W49.
schedule-view-invalid = Widok to „week” (tydzień) albo „list” (lista).
schedule-hall-filter-invalid = Filtr sali nie wskazuje żadnej sali.
schedule-choose-film-error = Wybierz film z repertuaru.
schedule-choose-hall-error = Wybierz salę.
schedule-start-needed = Podaj datę i godzinę rozpoczęcia seansu.
schedule-start-invalid = „{ $text }” nie jest datą i godziną: wpisz ją np. tak: 2026-12-24T18:30.
schedule-year-invalid = { $text } to nie jest rok, na który kino planuje seanse: sprawdź datę.
schedule-time-skipped = Godzina { $time } nie istnieje w strefie { $zone }: zegary ją przeskakują. Wybierz inną godzinę.
schedule-date-invalid = Podaj datę, np. 2026-12-24.
schedule-time-invalid = „{ $text }” nie jest godziną: wpisuj godziny np. tak: 14:00, 18:30.
schedule-times-needed = Podaj co najmniej jedną godzinę, np. 18:30.
schedule-to-before-from = Ostatni dzień jest wcześniej niż pierwszy.
schedule-bulk-too-many = To więcej niż { $count } seansów: zaplanuj krótszy zakres naraz.
schedule-bulk-past = Termin { $when } już minął: zacznij zakres później.
schedule-no-such-movie = Nie ma takiego filmu.
schedule-film-archived = Film „{ $title }” jest w archiwum: przywróć go, zanim zaplanujesz seans.
schedule-no-such-hall = Nie ma takiej sali.
schedule-start-past-utc = Seans nie może zaczynać się w przeszłości (godzina { $time } UTC już minęła).
schedule-cancelled-unchangeable = Ten seans jest odwołany; nie można go już zmienić.
schedule-started-unchangeable = Nie można zmienić seansu, który już się zaczął, ani przenieść go na godzinę, która minęła.
schedule-sold-unchangeable = Miejsca na ten seans są zablokowane lub sprzedane, więc jego godzina i cena pozostają takie, jakie wybrali klienci. Jeśli seans nie może się odbyć, odwołaj go.
schedule-cancelled-already = Ten seans jest już odwołany.
schedule-ended = Ten seans już się skończył; nie ma czego odwoływać.

## Dziennik zmian

audit-title = Dziennik zmian
audit-filter-label = Filtruj dziennik zmian
audit-who = Kto
audit-anyone = Ktokolwiek
audit-what = Co
audit-everything = Wszystko
audit-filter = Filtruj
audit-latest = Najnowsze zmiany
audit-older-changes = Starsze zmiany
audit-filtered = , po filtrowaniu
audit-change = Zmiana
audit-none = Żadna zmiana nie pasuje.
audit-pages = Strony
audit-newest = Najnowsze
audit-older = Starsze
audit-filter-movie = Filmy
audit-filter-hall = Sale i zablokowane miejsca
audit-filter-showing = Seanse
audit-filter-ticket-type = Rodzaje biletów
audit-filter-user = Użytkownicy
audit-filter-settings = Ustawienia
audit-filter-booking = Rezerwacje
audit-entity = { $entity ->
    [movie] film { $id }
    [hall] sala { $id }
    [showing] seans { $id }
    [ticket_type] rodzaj biletu { $id }
    [user] użytkownik { $id }
    [settings] ustawienia { $id }
    [booking] rezerwacja { $id }
   *[other] { $entity } { $id }
}
audit-action = { $key ->
    [create] utworzenie
    [update] zmiana
    [archive] archiwizacja
    [restore] przywrócenie
    [delete] usunięcie
    [poster] plakat
    [poster-removed] usunięcie plakatu
    [block] blokada miejsc
    [unblock] odblokowanie miejsc
    [role] zmiana roli
    [activate] aktywacja
    [deactivate] dezaktywacja
    [one-time-password] hasło jednorazowe
    [cancel] odwołanie
    [surcharge] dopłata
    [sell_blocked] sprzedaż zablokowanego miejsca
    [move] przeniesienie
    [refund] zwrot
    [refund_override] zwrot po terminie
   *[other] { $action }
}
audit-field = { $key ->
    [title] tytuł
    [original_title] tytuł oryginalny
    [description] opis
    [genre] gatunek
    [duration_minutes] czas trwania (min)
    [age_rating] kategoria wiekowa
    [release_year] rok premiery
    [release_date] data premiery
    [language] język
    [active] aktywne
    [poster] plakat
    [poster_version] wersja plakatu
    [bytes] rozmiar (bajty)
    [name] nazwa
    [email] e-mail
    [role] rola
    [created_at] utworzono
    [code] kod
    [price_percent] cena (% ceny podstawowej)
    [price_cents] cena (gr)
    [is_default] domyślny
    [sort_order] kolejność
    [max_age] wiek najwyżej
    [movie] film
    [movie_id] nr filmu
    [hall] sala
    [hall_id] nr sali
    [starts_at] początek
    [ends_at] koniec
    [format] format
    [cancelled] odwołany
    [cancel_reason] powód odwołania
    [reason] powód
    [layout] układ
    [plan] plan sali
    [numbering] numeracja
    [seats] miejsca
    [width] szerokość
    [height] wysokość
    [showings] seanse
    [showing_id] nr seansu
    [status] stan
    [state] stan
    [method] sposób płatności
    [channel] kanał
    [total_cents] suma (gr)
    [refunded_cents] zwrócono (gr)
    [cut_off_overridden] po terminie
    [seat_states_changed] zmienione miejsca
    [vip_surcharge_cents] dopłata VIP (gr)
    [cinema_name] nazwa kina
    [cinema_address] adres kina
    [time_zone] strefa czasowa
    [currency] waluta
    [hold_seconds] czas blokady (s)
    [max_seats_per_booking] najwięcej miejsc w rezerwacji
    [cancel_cutoff_minutes] anulowanie najpóźniej (min przed seansem)
    [customer_idle_minutes] wylogowanie klienta (min)
    [staff_idle_minutes] wylogowanie pracownika (min)
    [max_open_baskets] najwięcej otwartych koszyków
    [holds_per_minute_per_account] blokady na minutę na konto
    [holds_per_minute_per_address] blokady na minutę na adres
    [cleaning_minutes] sprzątanie (min)
   *[other] { $key }
}
audit-yes-no = { $value ->
    [true] tak
   *[other] nie
}
audit-no-value = brak
audit-and-more = { $count ->
    [one] i jeszcze { $count } pole
    [few] i jeszcze { $count } pola
    [many] i jeszcze { $count } pól
   *[other] i jeszcze { $count } pola
}
audit-no-field-changed = żadne pole się nie zmieniło
audit-filter-bad = { $what ->
    [actor] W filtrze dziennika zmian jest błędna osoba.
    [entity] W filtrze dziennika zmian jest nieznany rodzaj rekordu.
    [date] W filtrze dziennika zmian jest błędna data (wpisz ją np. tak: 2026-12-24).
   *[other] W filtrze dziennika zmian jest błędny numer strony.
}
audit-no-page = Taka strona dziennika zmian nie istnieje.

## Raporty

reports-title = Raporty
reports-days = Dni raportów
reports-first-day = Pierwszy dzień
reports-last-day = Ostatni dzień
reports-show = Pokaż raporty
reports-not-reported = Nie można przygotować raportu za te dni: popraw zaznaczone wyżej pola.
reports-col-tickets = Bilety
reports-col-sold = Sprzedaż
reports-col-refunded-tickets = Zwrócone bilety
reports-col-refunded = Zwroty
reports-col-net = Netto
reports-col-showing = Seans
reports-col-movie = Film
reports-col-hall = Sala
reports-col-occupancy = Obłożenie
reports-col-day = Dzień
reports-col-channel = Kanał
reports-col-ticket-type = Rodzaj biletu
reports-col-showings = Seanse
reports-col-seats-sold = Sprzedane miejsca
reports-col-seats = Miejsca
reports-col-till = Kasa
reports-col-card = Karta
reports-col-cash = Gotówka
reports-nothing-sold = W tych dniach nic nie sprzedano ani nie zwrócono.
reports-no-showings = W tych dniach nie było seansów.
reports-period = Dni operacyjne od { $from } do { $to } włącznie; kwoty w { $currency }. Sprzedaż liczy się w dniu zapłaty, zwroty w dniu oddania pieniędzy.
reports-total = Razem
reports-sales-title = Sprzedaż dzienna
reports-sales-download = Pobierz sprzedaż (CSV: wiersz na każdy dzień, kanał i rodzaj biletu)
reports-daily-figures = Dane z każdego dnia
reports-daily-caption = Sprzedaż w poszczególnych dniach operacyjnych
reports-channels-title = Przychód według kanału
reports-channels-caption = Sprzedaż według kanału
reports-types-title = Przychód według rodzaju biletu
reports-types-caption = Sprzedaż według rodzaju biletu
reports-movies-title = Najlepsze filmy
reports-movies-download = Pobierz wszystkie filmy (CSV, { $count ->
    [one] { $count } film
    [few] { $count } filmy
    [many] { $count } filmów
   *[other] { $count } filmu
})
reports-no-movie-sold = W tych dniach żaden film nie sprzedał biletu.
reports-movies-caption = Filmy o najwyższym przychodzie netto
reports-occupancy-title = Obłożenie
reports-occupancy-explain = Sprzedane miejsca (po odjęciu zwrotów) jako część miejsc na każdym seansie, który zaczyna się w tych dniach ({ $count ->
    [one] { $count } seans
    [few] { $count } seanse
    [many] { $count } seansów
   *[other] { $count } seansu
}, bez odwołanych).
reports-occupancy-download = Pobierz wszystkie seanse (CSV)
reports-halls-caption = Obłożenie według sali
reports-fullest = Najpełniejsze seanse
reports-emptiest = Najmniej zapełnione seanse
reports-refunds-title = Anulowania i zwroty
reports-refunds-download = Pobierz zwroty (CSV: wiersz na każdy dzień i kanał)
reports-refunds-caption = Dni ze zwrotami
reports-cashiers-title = Według kasjera
reports-cashiers-download = Pobierz dane kasjerów (CSV)
reports-cashiers-caption = Sprzedaż według kasy: internet i każdy kasjer przy kasie

## Wykresy raportów

reports-channel-web = Internet
reports-channel-counter = Kasa
reports-till-web = Internet (klienci online)
reports-till-cashier = Kasjer { $id }
reports-chart-daily = Przychód netto dziennie
reports-chart-daily-desc = Wpływy pomniejszone o zwroty w każdym dniu operacyjnym, w { $currency }; dane z każdego dnia są w tabeli niżej.
reports-chart-refunds = Zwroty dziennie
reports-chart-refunds-desc = Kwoty zwrócone za anulowane bilety w każdym dniu operacyjnym, w { $currency }.
reports-chart-channels = Przychód netto według kanału
reports-chart-types = Przychód netto według rodzaju biletu
reports-chart-movies = Najlepsze filmy według przychodu netto
reports-chart-halls = Obłożenie według sali
reports-chart-halls-desc = Sprzedane miejsca jako część miejsc na wszystkich seansach w każdej sali; liczby są w tabeli niżej.
reports-chart-tills = Przychód netto według kasy
reports-chart-desc = Wpływy pomniejszone o zwroty, w { $currency }; dane są w tabeli obok.
reports-axis-day = Dzień operacyjny
reports-axis-net = Przychód netto ({ $currency })
reports-axis-refunded = Zwroty ({ $currency })
reports-axis-occupancy = Sprzedane miejsca (procent miejsc)

## Komunikaty raportów

reports-date-invalid = Wpisz datę, np. 2026-11-30.
reports-to-before-from = Ostatni dzień jest wcześniej niż pierwszy: zamień je miejscami.
reports-too-long = Raport obejmuje najwyżej dwa lata: wybierz późniejszy pierwszy dzień.
reports-no-such-report = Nie ma raportu o tej nazwie.
reports-range-wrong = Zakres raportu jest błędny: { $reason }

## Nagłówki plików CSV raportów

reports-csv-date = Data
reports-csv-channel = Kanał
reports-csv-ticket-type = Rodzaj biletu
reports-csv-tickets = Bilety
reports-csv-sold = Sprzedaż
reports-csv-refunded-tickets = Zwrócone bilety
reports-csv-refunded = Zwroty
reports-csv-net = Netto
reports-csv-currency = Waluta
reports-csv-showing-id = Nr seansu
reports-csv-starts-at = Początek
reports-csv-movie = Film
reports-csv-hall = Sala
reports-csv-sold-seats = Sprzedane miejsca
reports-csv-seats = Miejsca
reports-csv-occupancy = Obłożenie (%)
reports-csv-rank = Miejsce w rankingu
reports-csv-till = Kasa
reports-csv-cashier-id = Nr kasjera
reports-csv-card = Karta
reports-csv-cash = Gotówka
