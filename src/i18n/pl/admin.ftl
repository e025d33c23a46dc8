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
