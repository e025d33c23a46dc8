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

## Raporty

reports-title = Raporty
reports-days = Dni raportów
reports-first-day = Pierwszy dzień
reports-last-day = Ostatni dzień
reports-show = Pokaż raporty
reports-not-reported = Nie można przygotować raportu za te dni: popraw zaznaczone wyżej pola.
