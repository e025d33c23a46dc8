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
