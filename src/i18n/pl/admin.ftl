# Polish messages for the admin screens; the same ids are in the other language's file.

## Wspólne
admin-crumb = Administracja
admin-search = Szukaj

## Lista filmów
admin-movies-title = Filmy · Administracja
admin-movies = Filmy
admin-movies-search = Szukaj tytułów
admin-movies-show = Pokaż
admin-movies-active = W repertuarze
admin-movies-archived = Zarchiwizowane
admin-movies-add = Dodaj film
admin-movies-caption-archived = Filmy zarchiwizowane
admin-movies-caption-active = Filmy w repertuarze
admin-movies-matching = {" "}pasujące do „{ $q }”
admin-col-title = Tytuł
admin-col-duration = Czas trwania
admin-col-rating = Kategoria wiekowa
admin-col-genres = Gatunki
admin-col-released = Premiera
admin-minutes = { $n } min
admin-movies-none = Nie ma tu jeszcze żadnych filmów.
admin-movies-no-match = Żaden film nie pasuje do „{ $q }”.

## Lista sal
admin-halls-title = Sale · Administracja
admin-halls = Sale
admin-halls-add = Dodaj salę
admin-halls-caption = Sale: { $n }
admin-col-hall = Sala
admin-col-seats = Miejsca
admin-col-layout = Układ
admin-col-upcoming = Nadchodzące seanse
admin-col-blocked = Zablokowane miejsca
admin-layout-version = wersja { $n }
admin-halls-blocked-link = Zablokowane miejsca
admin-halls-none = Nie ma jeszcze żadnych sal.

## Lista użytkowników
admin-users-title = Użytkownicy · Administracja
admin-users = Użytkownicy
admin-users-search = Szukaj po imieniu lub adresie e-mail
admin-users-add = Utwórz konto pracownika
admin-users-accounts = Konta
admin-users-matching = Konta pasujące do „{ $q }”
admin-users-first = {" "}(pierwsze { $n }; zawęź wyszukiwanie)
admin-col-name = Imię i nazwisko
admin-col-email = E-mail
admin-col-role = Rola
admin-col-status = Stan
admin-role = { $role ->
    [customer] klient
    [cashier] kasjer
    [admin] administrator
   *[other] { $role }
}
admin-user-active = aktywne
admin-user-deactivated = dezaktywowane
admin-users-no-match = Żadne konto nie pasuje do „{ $q }”.

## Sprawdzanie pól wspólne dla formularzy zaplecza

field-required = To pole jest wymagane.
field-too-long = { $most ->
    [one] Najwyżej { $most } znak.
    [few] Najwyżej { $most } znaki.
   *[other] Najwyżej { $most } znaków.
}
field-invisible = { $what ->
    [text] Usuń z tego tekstu niewidoczne znaki i znaki sterujące.
   *[field] Usuń z tego pola niewidoczne znaki i znaki sterujące.
}
field-not-a-price = „{ $text }” nie jest ceną: wpisz ją na przykład jako 24,50.
field-price-missing = Podaj cenę, na przykład 24,50.
field-price-too-high = Najwyżej { $most }.

## Wspólne dla formularzy
admin-changed-meanwhile = Zmieniono w międzyczasie
admin-col-field = Pole
admin-col-yours-unsaved = Twoje (niezapisane)
admin-col-saved-now = Zapisane obecnie
admin-only-version-moved = Twoje wartości są takie same jak zapisane; zmienił się tylko numer wersji.
admin-apply-mine = Nadpisz zapisaną wersję moimi zmianami

## Formularz filmu
admin-movie-new-title = Nowy film
admin-movie-edit = Edycja filmu „{ $title }”
admin-movie-archived-badge = zarchiwizowany
admin-movie-not-saved = Film nie został zapisany: popraw zaznaczone niżej pola.
admin-movie-title = Tytuł
admin-movie-original-title = Tytuł oryginalny
admin-movie-original-title-hint = jeśli jest inny
admin-movie-description = Opis
admin-movie-running-time = Czas trwania
admin-movie-minutes-hint = w minutach
admin-movie-age-rating = Kategoria wiekowa
admin-movie-genres = Gatunki
admin-movie-genres-hint = oddzielone przecinkami, na przykład „Dramat, Komedia”
admin-movie-release-date = Data premiery
admin-movie-language = Język i napisy
admin-movie-language-hint = na przykład „angielski, napisy polskie”
admin-movie-duration-minutes = Czas trwania (w minutach)
admin-movie-save = Zapisz zmiany
admin-movie-add = Dodaj film
admin-movie-poster = Plakat
admin-movie-poster-alt = Plakat filmu „{ $title }”
admin-movie-poster-new = Nowy plakat
admin-movie-poster-first = Plakat
admin-movie-poster-hint = obraz JPEG, PNG lub WebP o rozmiarze najwyżej 5 MB; zostanie zmniejszony do 600 × 900
admin-movie-poster-upload = Prześlij plakat
admin-movie-poster-remove = Usuń plakat
admin-movie-archive = Archiwizacja
admin-movie-archive-text = Archiwizacja zdejmuje film z repertuaru. Jego seanse, rezerwacje i historia zostają zachowane, a film można później przywrócić.
admin-movie-archive-button = Zarchiwizuj „{ $title }”
admin-movie-restore = Przywracanie
admin-movie-restore-text = Ten film jest zarchiwizowany: nie ma go w repertuarze.
admin-movie-restore-button = Przywróć „{ $title }”
admin-movie-delete = Usuwanie
admin-movie-delete-text = Usunąć można tylko film, który nigdy nie trafił do harmonogramu (na przykład dodany przez pomyłkę). Film z seansami zachowuje je razem z rezerwacjami: zamiast go usuwać, zarchiwizuj go.
admin-movie-delete-button = Usuń „{ $title }”
admin-movie-conflict-heading = Ktoś zapisał ten film w trakcie twojej edycji
admin-movie-conflict-text = Twoje zmiany nie zostały zapisane, żeby nie przepadły cudze. Porównaj je poniżej, a potem nadpisz nimi zapisaną wersję albo zacznij od niej od nowa.
admin-movie-differences = Pola, które się różnią
admin-movie-discard-mine = Odrzuć moje zmiany i edytuj zapisaną wersję
admin-rating-all-ages = Bez ograniczeń
# Znane gatunki po polsku; inne tak, jak je wpisano.
admin-genre = { $key ->
    [action] Akcja
    [adventure] Przygodowy
    [animation] Animacja
    [biography] Biograficzny
    [comedy] Komedia
    [crime] Kryminał
    [documentary] Dokumentalny
    [drama] Dramat
    [family] Familijny
    [fantasy] Fantasy
    [history] Historyczny
    [horror] Horror
    [musical] Musical
    [romance] Romans
    [science-fiction] Sci-Fi
    [thriller] Thriller
    [war] Wojenny
    [western] Western
   *[other] { $typed }
}

## Formularz filmu: sprawdzanie i odpowiedzi
admin-movies-bad-status = Filtr stanu przyjmuje tylko „active” albo „archived”.
admin-movie-duration-range = Film trwa od 1 do 600 minut.
admin-movie-duration-not-number = Wpisz czas trwania jako liczbę całkowitą minut, na przykład 118.
admin-movie-rating-choose = Wybierz jedną z kategorii: bez ograniczeń, 7+, 12+, 16+, 18+.
admin-movie-genre-too-long = Każdy gatunek może mieć najwyżej 40 znaków i nie może zawierać niewidocznych znaków.
admin-movie-too-many-genres = { $most ->
    [one] Najwyżej { $most } gatunek.
    [few] Najwyżej { $most } gatunki.
   *[other] Najwyżej { $most } gatunków.
}
admin-movie-release-range = Wpisz datę premiery z lat 1888–2200.
admin-movie-release-format = Wpisz datę w formacie RRRR-MM-DD, na przykład 2026-03-14.
admin-movie-no-version = Formularz nie podał, którą wersję filmu pokazywał, więc nic nie zostało zapisane. Sprawdź pola i zapisz ponownie.
admin-movie-added = Dodano film „{ $title }”.
admin-movie-saved = Zapisano film „{ $title }”.
admin-movie-restored = Film „{ $title }” wrócił do repertuaru.
admin-movie-archived = Film „{ $title }” został zarchiwizowany: nie ma go już w repertuarze, a jego seanse i rezerwacje zostały zachowane.
admin-movie-deleted = Usunięto film „{ $title }”.
admin-movie-has-upcoming = { $count ->
    [one] Film „{ $title }” ma jeszcze { $count } nadchodzący seans, więc zostaje w repertuarze. Najpierw go odwołaj; potem będzie można zarchiwizować film.
    [few] Film „{ $title }” ma jeszcze { $count } nadchodzące seanse, więc zostaje w repertuarze. Najpierw je odwołaj; potem będzie można zarchiwizować film.
   *[other] Film „{ $title }” ma jeszcze { $count } nadchodzących seansów, więc zostaje w repertuarze. Najpierw je odwołaj; potem będzie można zarchiwizować film.
}
admin-movie-not-archived = Film „{ $title }” nie jest zarchiwizowany.
admin-movie-archived-already = Film „{ $title }” jest już zarchiwizowany.
admin-movie-scheduled = { $count ->
    [one] Film „{ $title }” ma { $count } seans w harmonogramie, więc nie można go usunąć: seanse i rezerwacje to historia kina. Zamiast tego zarchiwizuj film; zniknie z repertuaru, a historia zostanie zachowana.
    [few] Film „{ $title }” ma { $count } seanse w harmonogramie, więc nie można go usunąć: seanse i rezerwacje to historia kina. Zamiast tego zarchiwizuj film; zniknie z repertuaru, a historia zostanie zachowana.
   *[other] Film „{ $title }” ma { $count } seansów w harmonogramie, więc nie można go usunąć: seanse i rezerwacje to historia kina. Zamiast tego zarchiwizuj film; zniknie z repertuaru, a historia zostanie zachowana.
}

## Plakaty
admin-poster-upload-unreadable = Nie udało się odczytać przesłanego pliku: { $why }
admin-poster-too-large = Plakat jest większy niż 5 MB: zapisz go w mniejszym rozmiarze i prześlij ponownie.
admin-poster-empty = Wybierz plik z obrazem do przesłania.
admin-poster-not-an-image = Ten plik nie jest obrazem JPEG, PNG ani WebP (niezależnie od tego, co mówi jego nazwa).
admin-poster-unreadable = Nie udało się odczytać obrazu: { $why }
admin-poster-saved = Zapisano plakat filmu „{ $title }”.
admin-poster-removed = Usunięto plakat filmu „{ $title }”; strony pokazują w jego miejscu zastępczą grafikę.
admin-poster-none = Ten film nie ma plakatu.

## Formularz sali
admin-hall-new-title = Nowa sala
admin-hall-edit = Edycja sali „{ $name }”
admin-hall-not-saved = Sala nie została zapisana: popraw zaznaczone niżej pola.
admin-hall-name = Nazwa
admin-hall-plan = Plan miejsc
admin-hall-help-rows = Jeden wiersz tekstu to jeden rząd; najpierw rząd najbliżej ekranu.
admin-hall-help-standard = miejsce zwykłe
admin-hall-help-vip = VIP
admin-hall-help-wheelchair = miejsce dla wózka
admin-hall-help-companion = miejsce dla opiekuna
admin-hall-help-gap = przerwa lub przejście
admin-hall-help-cross = pusty wiersz to przejście poprzeczne.
admin-hall-help-labels = Rzędy są oznaczane od ekranu literami A, B, C…; aby pominąć literę, zacznij wiersz od własnej etykiety, na przykład
admin-hall-help-skip = .
admin-hall-numbers = Numeracja miejsc
admin-hall-from-left = Miejsce 1 na lewym końcu każdego rzędu
admin-hall-from-right = Miejsce 1 na prawym końcu każdego rzędu
admin-hall-move-unsold = Zastosuj zmieniony plan w przyszłych seansach, na które nic nie sprzedano ani nie zarezerwowano
admin-hall-move-help = Seanse, na które sprzedano lub zarezerwowano choć jedno miejsce, zawsze zachowują plan, z którego wybierali klienci (obecnie wersja { $number }), a seanse minione — swój. Nowe seanse zawsze dostają zapisany plan.
admin-hall-save = Zapisz salę
admin-hall-add = Dodaj salę
admin-hall-preview-button = Pokaż podgląd planu
admin-hall-preview = Podgląd
admin-hall-blocked = Zablokowane miejsca
admin-hall-blocked-intro = Wyłącz miejsca tej sali ze sprzedaży (zepsute, stanowisko kamery, do dyspozycji kina):
admin-hall-blocked-of = zablokowane miejsca sali { $name }
admin-hall-conflict-title = Konflikt: { $name }
admin-hall-conflict-heading = Ktoś inny zapisał wcześniej salę „{ $name }”
admin-hall-conflict-text = Twoje zmiany nie zostały zapisane: sala została zmieniona po otwarciu formularza. Porównaj wersje, a potem nadpisz zapisaną wersję swoimi zmianami albo zostaw ją bez zmian.
admin-hall-conflict-caption = Twoje wartości obok zapisanych
admin-col-yours = Twoje
admin-col-saved = Zapisane
admin-hall-numbered-from-left = od lewej
admin-hall-numbered-from-right = od prawej
admin-hall-keep-saved = Zostaw zapisaną wersję
admin-hall-preview-title = Podgląd układu
admin-hall-preview-back = Wróć do formularza, aby zmienić plan lub go zapisać.
admin-plan-screen = Ekran
admin-plan-not-yet = Planu nie da się jeszcze narysować:
admin-plan-summary = { $seats ->
    [one] { $seats } miejsce
    [few] { $seats } miejsca
   *[many] { $seats } miejsc
} w { $rows ->
    [one] { $rows } rzędzie
   *[other] { $rows } rzędach
}: { $kinds }.
admin-plan-standard = { $count ->
    [one] { $count } zwykłe
    [few] { $count } zwykłe
   *[many] { $count } zwykłych
}
admin-plan-vip = { $count } VIP
admin-plan-wheelchair = { $count ->
    [one] { $count } miejsce dla wózka
    [few] { $count } miejsca dla wózka
   *[many] { $count } miejsc dla wózka
}
admin-plan-companion = { $count ->
    [one] { $count } miejsce dla opiekuna
    [few] { $count } miejsca dla opiekuna
   *[many] { $count } miejsc dla opiekuna
}

## Formularz sali: sprawdzanie i odpowiedzi
admin-hall-numbering-choose = Wybierz, czy miejsce 1 jest na lewym, czy na prawym końcu każdego rzędu.
admin-hall-name-taken = Inna sala nazywa się już „{ $name }”: nadaj tej sali własną nazwę.
admin-hall-no-version = Formularz nie podał, którą wersję sali pokazywał, więc nic nie zostało zapisane. Sprawdź pola i zapisz ponownie.
admin-hall-added = Dodano salę „{ $name }”. Seanse planowane w tej sali korzystają teraz z tego planu.
admin-hall-saved-unchanged = Zapisano salę „{ $name }”; jej plan miejsc się nie zmienił.
admin-hall-saved-version = Zapisano salę „{ $name }” z planem miejsc w wersji { $number }.
admin-hall-moved = { $count ->
    [one] { $count } przyszły seans korzysta teraz z tego planu.
    [few] { $count } przyszłe seanse korzystają teraz z tego planu.
   *[many] { $count } przyszłych seansów korzysta teraz z tego planu.
}
admin-hall-kept = { $count ->
    [one] { $count } przyszły seans zachowuje wcześniejszy plan.
    [few] { $count } przyszłe seanse zachowują wcześniejszy plan.
   *[many] { $count } przyszłych seansów zachowuje wcześniejszy plan.
}

## Plan miejsc wpisany tekstem: błędy
admin-layout-line-column = Wiersz { $line }, kolumna { $column }: { $message }
admin-layout-line = Wiersz { $line }: { $message }
admin-layout-more = { $count ->
    [one] { $first } (pod podglądem jest jeszcze { $count } błąd.)
    [few] { $first } (pod podglądem są jeszcze { $count } błędy.)
   *[many] { $first } (pod podglądem jest jeszcze { $count } błędów.)
}
admin-layout-empty = Najpierw narysuj salę: jeden wiersz na rząd, zaczynając od rzędu najbliżej ekranu, S dla każdego miejsca i . dla przerwy.
admin-layout-too-many-lines = sala może mieć najwyżej { $most } wierszy.
admin-layout-not-a-seat = „{ $cell }” nie oznacza miejsca. Użyj S (zwykłe), V (VIP), W (dla wózka), C (dla opiekuna) albo . (przerwa).
admin-layout-too-wide = rząd może mieć najwyżej { $most } pozycji szerokości.
admin-layout-row-empty = rząd { $label } nie ma żadnych miejsc.
admin-layout-bad-label = etykieta rzędu przed dwukropkiem to od jednej do trzech liter, na przykład „J:”.
admin-layout-row-repeated = rząd { $label } jest już w wierszu { $line }; nadaj temu rzędowi inną etykietę, na przykład „K: SSSS”.
admin-layout-no-seats = Sala musi mieć co najmniej jedno miejsce: wpisz S tam, gdzie jest miejsce.
admin-layout-too-long = Plan może mieć najwyżej { $most } znaków: 100 rzędów po 100 pozycji.

## Zablokowane miejsca
admin-blocked-title = Zablokowane miejsca: { $name }
admin-blocked-form = Zablokuj lub odblokuj miejsca
admin-blocked-not-changed = Nic nie zostało zmienione: popraw zaznaczone niżej pola.
admin-blocked-seats = Miejsca
admin-blocked-seats-hint = na przykład F12 F13 albo F12-15
admin-blocked-reason = Powód
admin-blocked-for = Dotyczy
admin-blocked-every-showing-from-now = Wszystkich seansów w tej sali od teraz
admin-blocked-hint = Miejsce zarezerwowane lub sprzedane zostaje przy kliencie; blokada obejmuje je na seansach, na których jest wolne.
admin-blocked-block = Zablokuj te miejsca
admin-blocked-unblock = Odblokuj te miejsca
admin-blocked-plan = Plan z miejscami zablokowanymi na wszystkie seanse
admin-blocked-caption = Obowiązujące blokady: { $count }
admin-col-seat = Miejsce
admin-col-for = Dotyczy
admin-col-reason = Powód
admin-col-by = Kto
admin-col-since = Od kiedy
admin-blocked-none = Żadne miejsce tej sali nie jest zablokowane.
admin-blocked-every-showing = Wszystkie seanse
admin-blocked-showing = seans { $id }
admin-block-reason = { $reason ->
    [broken] zepsute miejsce
    [camera] stanowisko kamery
    [house] miejsce do dyspozycji kina
   *[other] inny powód
}
admin-blocked-choose-action = Wybierz, czy zablokować, czy odblokować miejsca.
admin-blocked-choose-reason = Wybierz powód blokady.
admin-blocked-bad-showing = To nie jest nadchodzący seans w tej sali: wybierz seans z listy albo wszystkie seanse.
admin-blocked-no-such-seat = W tej sali nie ma miejsca { $seats }. Sprawdź oznaczenia miejsc na planie powyżej.
admin-blocked-done = { $seats }: { $action ->
    [block] zablokowano
   *[unblock] odblokowano
} { $scope ->
    [one] na ten seans
   *[every] na wszystkie seanse w tej sali od teraz
}.
admin-blocked-left-item = { $count ->
    [one] { $seat } ({ $count } seans)
    [few] { $seat } ({ $count } seanse)
   *[many] { $seat } ({ $count } seansów)
}
admin-blocked-left-to-customers = Pozostawione klientom tam, gdzie są zarezerwowane lub sprzedane, albo już zablokowane: { $seats }.
admin-blocked-still-blocked = Nadal zablokowane przez inną blokadę: { $seats }.

## Miejsca wpisywane przez obsługę

## Rodzaje biletów i ceny
admin-types-title = Rodzaje biletów i ceny
admin-types-intro = Bilet kosztuje ustalony procent ceny bazowej seansu albo stałą cenę, jeśli ją podano; miejsca VIP kosztują więcej o dopłatę, a miejsca dla wózka i dla opiekuna nigdy nie kosztują więcej niż miejsce zwykłe. Zmiana obowiązuje dla miejsc wybieranych od teraz: miejsca już zarezerwowane lub sprzedane zachowują swoją cenę.
admin-type-default = domyślny
admin-type-off-sale = poza sprzedażą
admin-type-not-saved = Nie zapisano: popraw zaznaczone niżej pola.
admin-type-name = Nazwa
admin-type-share = Procent ceny bazowej
admin-type-share-hint = w procentach
admin-type-price = Albo stała cena
admin-type-price-hint = zostaw puste, aby liczyć procent ceny bazowej
admin-type-max-age = Do wieku
admin-type-max-age-hint = puste: dla każdego
admin-type-order = Pozycja na listach
admin-type-on-sale = W sprzedaży
admin-type-save = Zapisz „{ $name }”
admin-type-new = Nowy rodzaj biletu
admin-type-not-added = Rodzaj biletu nie został dodany: popraw zaznaczone niżej pola.
admin-type-code = Kod
admin-type-code-hint = litery, cyfry, łączniki
admin-type-add = Dodaj rodzaj biletu
admin-surcharges = Dopłaty za miejsca
admin-surcharge-vip = Miejsce VIP
admin-surcharge-vip-hint = doliczana do każdego rodzaju biletu
admin-surcharge-never = Do miejsc dla wózka i dla opiekuna nigdy nie dolicza się dopłaty.
admin-surcharge-save = Zapisz dopłatę
admin-type-example = { $price } przy cenie bazowej { $base } ({ $vip } na miejscu VIP)
admin-type-percent-of-base = { $percent }% ceny bazowej

## Rodzaje biletów: sprawdzanie i odpowiedzi
admin-type-share-range = Podaj procent ceny bazowej, od 0 do 100, albo stałą cenę.
admin-type-order-range = Pozycja od 0 do 1000.
admin-type-age-range = Wiek od 0 do 120 albo nic, jeśli bilet jest dla każdego.
admin-type-code-form = Krótki kod z liter, cyfr i łączników, na przykład „family”.
admin-type-code-taken = Inny rodzaj biletu ma już kod „{ $code }”.
admin-type-added = Dodano bilety „{ $name }”.
admin-type-no-version = Formularz nie podał, którą wersję pokazywał, więc nic nie zostało zapisane. Sprawdź pola i zapisz ponownie.
admin-type-saved = Zapisano „{ $name }”. Miejsca zarezerwowane lub sprzedane wcześniej zachowują swoją cenę.
admin-type-stale = Ktoś zapisał ten rodzaj biletu po otwarciu przez ciebie strony (teraz „{ $name }”, { $price }), więc twoje zmiany nie zostały zapisane. Twoje wartości są poniżej: zapisz ponownie, aby nadpisać nimi zapisane.
admin-type-default-on-sale = „{ $name }” to rodzaj biletu przypisywany domyślnie każdemu nowo wybranemu miejscu, więc pozostaje w sprzedaży.
admin-surcharge-no-version = Formularz nie podał, którą wersję ustawień pokazywał. Zapisz ponownie.
admin-surcharge-stale = Ktoś zmienił ustawienia kina po otwarciu przez ciebie strony; zapisana dopłata pojawi się po odświeżeniu. Zapisz ponownie, aby zastosować swoją.
admin-surcharge-saved = Miejsca VIP kosztują teraz o { $amount } więcej. Miejsca zarezerwowane lub sprzedane wcześniej zachowują swoją cenę.

## Konta: nowe konto pracownika i strona konta
admin-user-new-title = Nowe konto pracownika
admin-user-new-text = Konto dostanie hasło jednorazowe, które zobaczysz tylko raz, na następnej stronie. Właściciel konta zaloguje się nim i ustawi własne hasło.
admin-user-name = Imię i nazwisko
admin-user-email = E-mail
admin-user-role = Rola
admin-user-create = Utwórz konto
admin-user-status = Stan
admin-user-registered = Data rejestracji
admin-user-cannot-log-in = dezaktywowane: nie można się na nie zalogować
admin-user-access = Rola i dostęp
admin-user-own = To twoje własne konto: jego rolę może zmienić lub je dezaktywować inny administrator.
admin-user-change-role = Zmień rolę
admin-user-reissue-text = Nowe hasło jednorazowe zastępuje hasło konta i kończy wszystkie jego sesje; potem właściciel ustawia własne hasło.
admin-user-reissue = Wydaj nowe hasło jednorazowe
admin-user-deactivate-text = Dezaktywacja od razu kończy wszystkie sesje tego konta; jego rezerwacje zostają zachowane.
admin-user-deactivate = Dezaktywuj konto: { $name }
admin-user-reactivate = Aktywuj ponownie konto: { $name }
admin-user-bookings = Rezerwacje
admin-col-when = Kiedy
admin-col-total = Razem
admin-user-no-bookings = Brak rezerwacji.

## Konta: sprawdzanie i odpowiedzi
admin-user-choose-role = Wybierz rolę: klient, kasjer albo administrator.
admin-user-bad-version = Wersja w formularzu nie jest liczbą.
admin-user-role-now = Konto ma teraz rolę: { $role ->
    [customer] klient
    [cashier] kasjer
   *[admin] administrator
}; zmiana obowiązuje od następnej strony otwartej na tym koncie.
admin-user-activated = Konto jest znowu aktywne: jego właściciel może się zalogować.
admin-user-deactivated-flash = Konto zostało dezaktywowane: nie można się na nie zalogować, a wszystkie jego sesje zostały zakończone.
admin-user-one-time = Hasło jednorazowe do tego konta to { $password } — przekaż je teraz: nie zostanie pokazane ponownie, działa przez { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
   *[many] { $hours } godzin
} i pozwala właścicielowi tylko ustawić własne hasło.
admin-user-created = Konto zostało utworzone.
admin-user-email-taken = Konto z tym adresem e-mail już istnieje.
admin-user-last-admin = To ostatni aktywny administrator: najpierw nadaj rolę administratora innemu kontu, żeby ktoś nadal mógł zarządzać kinem.
admin-user-role-already = { $name } już ma rolę: { $role ->
    [customer] klient
    [cashier] kasjer
   *[admin] administrator
}.
admin-user-own-role = Nie możesz zmienić własnej roli: poproś o to innego administratora.
admin-user-changed-meanwhile = Konto { $name } zostało w międzyczasie zmienione przez kogoś innego; oto jego obecny stan.
admin-user-own-deactivate = Nie możesz dezaktywować własnego konta: poproś o to innego administratora.
admin-user-active-already = Konto { $name } jest już aktywne.
admin-user-deactivated-already = Konto { $name } jest już dezaktywowane.
admin-user-own-password = Własne hasło zmień na stronie swojego konta.

## Ustawienia
admin-settings-title = Ustawienia
admin-settings-bad-zone = Zapisanej strefy czasowej „{ $zone }” nie ma w bazie stref tz, więc godziny są pokazywane w UTC. Wpisz poniżej poprawną strefę.
admin-settings-conflict = Ktoś zapisał ustawienia w trakcie twojej edycji. Twoje zmiany nie zostały zapisane; porównaj je poniżej. Ponowne zapisanie tego formularza nadpisze zapisane wartości twoimi.
admin-settings-differences = Ustawienia, które się różnią
admin-col-setting = Ustawienie
admin-settings-not-saved = Ustawienia nie zostały zapisane: popraw zaznaczone niżej pola.
admin-settings-cinema = Kino
admin-settings-name = Nazwa
admin-settings-cinema-name = Nazwa kina
admin-settings-address = Adres
admin-settings-address-hint = na biletach i w ich wydarzeniach kalendarza, na przykład ul. Marszałkowska 104/122, 00-017 Warszawa
admin-settings-zone = Strefa czasowa
admin-settings-zone-hint = nazwa z bazy stref tz, na przykład Europe/Warsaw
admin-settings-currency = Waluta
admin-settings-currency-hint = kod ISO 4217, na przykład PLN
admin-settings-limits = Rezerwacje i limity
admin-settings-save = Zapisz ustawienia
admin-settings-hold = Jak długo miejsce jest trzymane dla klienta (w minutach)
admin-settings-max-seats = Najwięcej miejsc w jednej rezerwacji
admin-settings-cutoff = Anulowanie online kończy się tyle minut przed początkiem seansu
admin-settings-cleaning = Czas na sprzątanie sali między seansami (w minutach)
admin-settings-baskets = Na ilu seansach naraz jeden klient może trzymać miejsca
admin-settings-per-account = Ile miejsc na minutę może zająć jedno konto
admin-settings-per-address = Ile miejsc na minutę może zająć jeden adres klienta
admin-settings-customer-idle = Nieużywana sesja klienta kończy się po (minutach)
admin-settings-staff-idle = Nieużywana sesja pracownika kończy się po (minutach)

## Ustawienia: sprawdzanie i odpowiedzi
admin-settings-name-needed = Podaj nazwę kina, najwyżej 100 znaków.
admin-settings-invisible = Usuń niewidoczne znaki i znaki sterujące.
admin-settings-address-too-long = Podaj adres w jednym wierszu, najwyżej 200 znaków.
admin-settings-address-invisible = Podaj adres w jednym wierszu, bez niewidocznych znaków i znaków sterujących.
admin-settings-zone-unknown = Wpisz strefę czasową z bazy stref tz, na przykład Europe/Warsaw albo America/New_York.
admin-settings-currency-code = Wpisz kod waluty według ISO 4217, na przykład PLN albo EUR.
admin-settings-whole-number = Wpisz liczbę całkowitą od { $least } do { $most }.
admin-settings-no-version = Formularz nie podał, którą wersję ustawień pokazywał. Otwórz ustawienia ponownie i zapisz je stamtąd.
admin-settings-saved = Ustawienia zostały zapisane; obowiązują od teraz.
