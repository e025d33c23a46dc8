# Komunikaty stron klienta i wspólne błędy po polsku. Identyfikatory są te same co w en/customer.ftl.

## Błędy

error-not-found = { $what ->
    [account] Nie znaleźliśmy tego konta.
    [booking] Nie znaleźliśmy tej rezerwacji.
    [hall] Nie znaleźliśmy tej sali.
    [movie] Nie znaleźliśmy tego filmu.
    [sale] Nie znaleźliśmy tej sprzedaży.
    [seat] Nie znaleźliśmy tego miejsca.
    [showing] Nie znaleźliśmy tego seansu.
    [ticket-type] Nie znaleźliśmy tego rodzaju biletu.
   *[other] Nie znaleźliśmy tego, o co prosisz.
}
error-changed-meanwhile = Ktoś inny zmienił to w tej samej chwili. Spróbuj ponownie.
error-staff-page = Ta strona jest dla pracowników kina.
error-staff-only = To jest tylko dla pracowników kina.
error-admin-page = Ta strona jest dla administratorów.
error-admin-change = Tę zmianę może wprowadzić tylko administrator.
error-own-password-first = Najpierw ustaw własne hasło na stronie konta: otrzymane hasło pozwala tylko na to.
error-no-such-file = Nie ma takiego pliku.
error-no-such-seat-here = Ten seans nie ma takiego miejsca.
error-no-such-poster = Nie ma takiego plakatu.
error-card-no-answer = Serwis płatności kartą nie odpowiedział, więc nic nie zostało pobrane. Spróbuj ponownie za chwilę.
error-basket-other-window = W tej samej chwili w innym oknie zaczęło się wybieranie miejsc na ten seans. Odśwież stronę, aby je zobaczyć.
error-booking-changed = Rezerwacja zmieniła się w tej samej chwili (została opłacona, anulowana albo wygasła). Sprawdź ją i spróbuj ponownie.
error-login-required = Zaloguj się.
error-too-slow = Dane przychodziły zbyt wolno, więc przestaliśmy na nie czekać. Spróbuj ponownie.
error-method = Ten adres nie przyjmuje takiego żądania.
error-busy = Mamy teraz bardzo duży ruch i nie udało się tego zrobić. Nic nie zostało zmienione; spróbuj ponownie za kilka sekund.
error-unconfirmed = Mamy teraz bardzo duży ruch i nie zdążyliśmy tego potwierdzić. Zajrzyj ponownie za kilka sekund (rezerwacje: w Moich rezerwacjach), zanim spróbujesz jeszcze raz.
error-unexpected = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
error-no-page = Pod tym adresem nie ma strony.
error-too-large = Przesłane dane są zbyt duże.
error-not-understood = Nie udało się zrozumieć żądania.
error-not-understood-because = Nie udało się zrozumieć żądania: { $detail }
error-language-unknown = „{ $lang }” nie jest językiem tych stron: wybierz en lub pl.
error-no-such-seat-field = { $field } nie wskazuje miejsca.

## Miejsca i blokady

seat-unknown = Na tym seansie nie ma takiego miejsca.
seat-sold = Miejsce { $seat } jest już sprzedane.
seat-blocked = Miejsce { $seat } nie jest w sprzedaży na ten seans.
seat-taken = Miejsce { $seat } zostało właśnie zajęte.
seat-not-yours = Nie trzymasz miejsca { $seat }.
seat-changed = Miejsce zmieniło się w tej samej chwili. Spróbuj ponownie.
seats-at-most = { $count ->
    [one] Na jeden seans możesz trzymać najwyżej { $count } miejsce.
    [few] Na jeden seans możesz trzymać najwyżej { $count } miejsca.
   *[other] Na jeden seans możesz trzymać najwyżej { $count } miejsc.
}
baskets-at-most = { $count ->
    [one] Trzymasz już miejsca na inny seans ({ $titles }). Najpierw opłać lub anuluj tamtą rezerwację (zobacz Moje rezerwacje) albo poczekaj, aż jej blokada wygaśnie.
    [few] Trzymasz już miejsca na { $count } inne seanse ({ $titles }). Najpierw opłać lub anuluj jedną z tych rezerwacji (zobacz Moje rezerwacje) albo poczekaj, aż jej blokada wygaśnie.
   *[other] Trzymasz już miejsca na { $count } innych seansów ({ $titles }). Najpierw opłać lub anuluj jedną z tych rezerwacji (zobacz Moje rezerwacje) albo poczekaj, aż jej blokada wygaśnie.
}
no-tickets-on-sale = Na ten film nie sprzedajemy teraz biletów.
showing-changed = Ten seans zmienił się w tej samej chwili (odwołany albo nowa godzina lub cena). Zajrzyj na niego ponownie.
showing-cancelled = Ten seans został odwołany; jego miejsca nie są w sprzedaży.
sales-closed = Sprzedaż na ten seans jest zamknięta: już się rozpoczął.
account-cannot-hold = To konto nie może już trzymać miejsc.

## Płatność

card-name-missing = Podaj imię i nazwisko z karty.
card-name-long = Imię i nazwisko jest za długie.
card-number-missing = Podaj numer karty.
card-number-length = Numer karty ma od 12 do 19 cyfr.
card-number-invalid = Ten numer karty jest nieprawidłowy; sprawdź, czy nie ma literówki.
card-expiry-format = Podaj datę ważności jako MM/RR.
card-expired = Ta karta straciła ważność.
card-cvc = Kod bezpieczeństwa to 3 lub 4 cyfry z tyłu karty.
pay-check-card = Sprawdź dane karty.
pay-form-incomplete = Formularz płatności jest niekompletny. Odśwież stronę i spróbuj ponownie.
pay-declined = Karta została odrzucona i nic nie pobrano. Spróbuj innej karty.
flash-paid = Płatność przyjęta. Twoje bilety są poniżej; miłego seansu!
flash-cancelled-refunded = Rezerwacja anulowana, pieniądze zwrócone: { $how }.
flash-cancelled-released = Rezerwacja anulowana; miejsca zostały zwolnione.
refund-to-card = { $amount } wraca na kartę, którą zapłacono
refund-in-cash = { $amount } zostanie wypłacone gotówką w kasie

## Liczenie

tickets-count = { $count ->
    [one] { $count } bilet
    [few] { $count } bilety
   *[other] { $count } biletów
}

## Miejsca zachowane przy logowaniu

kept-seat-too-fast = Z tego adresu blokuje się teraz miejsca zbyt szybko: wybierz swoje miejsce ponownie za minutę.
kept-seat-busy = nie udało się go teraz zablokować; wybierz je ponownie.
kept-seat-held = Wybrane miejsce jest zablokowane dla Ciebie; jest zaznaczone na planie.
kept-seat-lost = Nie udało się zachować wybranego miejsca: { $why }

## Czas trwania

duration-minutes = { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
   *[other] { $minutes } minut
}
duration-hours = { $hours ->
    [one] { $hours } godzinę
    [few] { $hours } godziny
   *[other] { $hours } godzin
}
duration-hours-minutes = { $hours } godz. { $minutes } min
cancel-past-cutoff = Opłacone rezerwacje można anulować najpóźniej { $cutoff } przed rozpoczęciem seansu; tej nie można już anulować.
cancel-started = Ten seans już się rozpoczął; jego biletów nie można już anulować.

## Kasa online

seat-not-in-booking = Miejsce { $seat } nie należy do tej rezerwacji.
ticket-type-missing = Wybierz rodzaj biletu na miejsce { $seat }.
ticket-type-not-for-film = Bilety „{ $ticket }” nie są sprzedawane na film { $title } (kategoria { $rating }).
hold-expired-at = Blokada miejsc wygasła o { $time }, więc miejsca zostały zwolnione i nic nie pobrano. Wybierz miejsca ponownie.
booking-paid-already = Ta rezerwacja jest już opłacona.
booking-was-cancelled = Ta rezerwacja została anulowana.
pay-sales-closed = Sprzedaż biletów na ten seans zakończyła się w chwili jego rozpoczęcia, więc nic nie pobrano.
pay-booking-changed = Twoja rezerwacja zmieniła się w innym oknie. Sprawdź miejsca i kwotę poniżej, a potem zapłać ponownie.
pay-no-seats = Ta rezerwacja nie ma miejsc. Wybierz miejsca ponownie.
pay-total-changed = Kwota zmieniła się w trakcie płatności; nic nie pobrano. Sprawdź kwotę i zapłać ponownie.
pay-booking-changed-short = Twoja rezerwacja zmieniła się w innym oknie. Sprawdź ją i zapłać ponownie.
pay-seats-lost = Część Twoich miejsc nie jest już zablokowana. Wybierz miejsca ponownie.
cancel-cash-at-counter = Ta rezerwacja została opłacona gotówką: anuluj ją w kasie kina, gdzie gotówka zostanie zwrócona.
cancel-used = Te bilety zostały już wykorzystane przy wejściu; nie można ich anulować.
booking-cancelled-already = Ta rezerwacja jest już anulowana.
cancel-expired = Ta rezerwacja wygasła; nie ma czego anulować.
booking-changed-meanwhile = Ta rezerwacja zmieniła się w tej samej chwili. Zajrzyj do niej ponownie, zanim przejdziesz dalej.
holds-too-fast-network = { $seconds ->
    [one] Z Twojej sieci blokuje się teraz bardzo wiele miejsc. Poczekaj { $seconds } sekundę i spróbuj ponownie.
    [few] Z Twojej sieci blokuje się teraz bardzo wiele miejsc. Poczekaj { $seconds } sekundy i spróbuj ponownie.
   *[other] Z Twojej sieci blokuje się teraz bardzo wiele miejsc. Poczekaj { $seconds } sekund i spróbuj ponownie.
}
holds-too-fast-account = { $seconds ->
    [one] Blokujesz miejsca szybciej, niż pozwalamy. Poczekaj { $seconds } sekundę i spróbuj ponownie.
    [few] Blokujesz miejsca szybciej, niż pozwalamy. Poczekaj { $seconds } sekundy i spróbuj ponownie.
   *[other] Blokujesz miejsca szybciej, niż pozwalamy. Poczekaj { $seconds } sekund i spróbuj ponownie.
}

## Najlepsze miejsca

best-how-many = Podaj, ilu miejsc szukasz, np. 2.
best-at-most = { $count ->
    [one] Jedna rezerwacja obejmuje najwyżej { $count } miejsce.
    [few] Jedna rezerwacja obejmuje najwyżej { $count } miejsca.
   *[other] Jedna rezerwacja obejmuje najwyżej { $count } miejsc.
}
best-none = { $count ->
    [one] Na tym seansie nie ma już { $count } wolnego miejsca. Wybierz miejsca na planie.
   *[other] Na tym seansie nie ma już { $count } wolnych miejsc obok siebie, nawet w dwóch rzędach. Wybierz miejsca na planie.
}
best-held = Miejsca { $seats } są zablokowane dla Ciebie, { $how ->
    [lone-seat] obok siebie (inaczej się nie da, jedno wolne miejsce zostaje obok)
    [two-rows] w dwóch rzędach, bo żaden rząd nie ma tylu wolnych miejsc obok siebie
   *[together] obok siebie
}. Kliknij miejsce, aby je zmienić.

## Układ strony

meta-description = { $cinema }: repertuar, seanse i wolne miejsca; rezerwuj i płać online.
nav-skip = Przejdź do treści
nav-main = Główne
nav-repertoire = Repertuar
nav-bookings = Moje rezerwacje
nav-account = Konto
nav-counter = Kasa
nav-admin = Administracja
nav-logout = Wyloguj
nav-login = Zaloguj się
nav-register = Zarejestruj się
footer-vat = Ceny zawierają VAT
footer-local-times = Godziny czasu lokalnego

## Repertuar

error-not-a-date = „{ $text }” nie jest datą; wpisz ją jak 2026-11-24.
day-today = Dziś
day-tomorrow = Jutro
whats-on = Repertuar
choose-day = Wybierz dzień
no-showings-day = Tego dnia nie ma seansów. Wybierz inny dzień powyżej.
showings-of = Seanse filmu { $title }
already-started = Już się rozpoczął
price-from = od { $price }
poster-of = Plakat filmu { $title }
upcoming-showings = Najbliższe seanse
no-upcoming-showings = Ten film nie ma zaplanowanych seansów.
almost-full = { $count ->
    [one] Prawie pełna sala: zostało { $count } miejsce
    [few] Prawie pełna sala: zostały { $count } miejsca
   *[other] Prawie pełna sala: zostało { $count } miejsc
}
sold-out = Wyprzedane

## Plan sali

seat-label-row = Rząd
seat-label-seat = miejsce
kind-standard = miejsce standardowe
kind-vip = miejsce VIP
kind-wheelchair = miejsce dla wózka
kind-companion = miejsce dla opiekuna
state-free = wolne
state-held = zablokowane przez innego klienta
state-mine = zablokowane przez Ciebie
state-sold = sprzedane
state-bought = kupione przez Ciebie
state-blocked = niedostępne w sprzedaży
note-wheelchair = Miejsce dla wózka nie ma fotela: to wolna przestrzeń na wózek, z dojazdem bez schodów.
note-companion = Miejsce dla opiekuna jest obok miejsca dla wózka, dla osoby towarzyszącej.
seat-map-label = { $count ->
    [one] Plan sali, { $count } wolne miejsce. Strzałki przenoszą między miejscami.
    [few] Plan sali, { $count } wolne miejsca. Strzałki przenoszą między miejscami.
   *[other] Plan sali, { $count } wolnych miejsc. Strzałki przenoszą między miejscami.
}
showing-was-cancelled = Ten seans został odwołany: { $reason }. Jego miejsca nie są w sprzedaży; za rezerwacje zwrócono pieniądze.
showing-started = Ten seans już się rozpoczął; miejsc nie można już rezerwować online.
seats-title = Miejsca
screen = Ekran
zoom-in = Powiększ
zoom-out = Cała sala
legend = Legenda
legend-free = Wolne
legend-mine = Twoje
legend-held = Zablokowane przez innych
legend-sold = Sprzedane
legend-bought = Twoje bilety
legend-blocked = Niedostępne
legend-vip = VIP
legend-wheelchair = Miejsce dla wózka
legend-companion = Miejsce dla opiekuna
basket-title = Twoje miejsca
basket-login = Zaloguj się
basket-or = lub
basket-register = zarejestruj
basket-to-choose = , aby wybrać miejsca.
basket-pick = { $count ->
    [one] Wybierz na planie { $count } miejsce.
    [few] Wybierz na planie do { $count } miejsc.
   *[other] Wybierz na planie do { $count } miejsc.
}
total = Razem
held-until = Zablokowane dla Ciebie do { $time }
time-left = zostało
hold-warning = Została mniej niż minuta: zapłać teraz, inaczej miejsca zostaną zwolnione.
hold-ran-out-note = Blokada wygasła i miejsca zostały zwolnione. Wybierz miejsca ponownie.
continue-checkout = Przejdź do płatności
your-tickets-here = Masz bilety na ten seans:
ticket-code = bilet { $code }
your-seats-marked = Twoje miejsca są zaznaczone na planie.
best-available = Najlepsze wolne miejsca
best-seats-for = Najlepsze miejsca dla
best-find = Znajdź
best-accessible = Uwzględnij miejsca dla wózków i opiekunów
ticket-prices = Ceny biletów
prices-ticket = Bilet
prices-seat = Miejsce

## Rezerwacja

booking-not-yours = Tę rezerwację może zmienić tutaj tylko klient, który ją złożył.
booking-at-counter = Ta rezerwacja została złożona w kasie kina; zmień ją lub anuluj w kasie.
booking-title = Rezerwacja { $code }
booking = Rezerwacja
status = { $status ->
    [pending] oczekuje na płatność
    [paid] opłacona
    [cancelled] anulowana
    [expired] wygasła
   *[other] { $status }
}
cinema-cancelled = Kino odwołało ten seans: { $reason }.
cinema-cancelled-refunded = Zapłacona kwota została zwrócona tą samą drogą; szczegóły w płatnościach poniżej.
your-ticket = Twój bilet
ticket = Bilet
tickets = Bilety
qr-for = Kod QR rezerwacji { $code }
show-at-entrance = Pokaż ten kod przy wejściu:
total-paid = Zapłacono
add-to-calendar = Dodaj do kalendarza
print-ticket = Wydrukuj bilet
seats-held-until = Twoje miejsca są zablokowane do { $time }
change-seats = Zmień miejsca
hold-ran-out-title = Blokada wygasła
hold-ran-out-text = Miejsca zostały zwolnione, aby inni mogli je zarezerwować; nic nie pobrano.
pick-seats-again = Wybierz miejsca ponownie
pay-by-card = Zapłać kartą
pay-simulated = Płatności są symulowane. Przyjmujemy każdy numer zgodny z algorytmem Luhna i z przyszłą datą ważności, np. 4242 4242 4242 4242; 4000 0000 0000 0002 zostanie odrzucony.
card-name = Imię i nazwisko na karcie
card-number = Numer karty
card-expiry = Data ważności (MM/RR)
card-expiry-placeholder = MM/RR
card-cvc-label = Kod bezpieczeństwa
pay-now = Zapłać
pending-for-staff = Klient wybiera bilety i płaci; jego miejsca są zablokowane do { $time }. Tylko on może zmienić lub opłacić tę rezerwację online.
expired-released = Blokada tych miejsc wygasła przed płatnością, więc zostały zwolnione.
choose-seats-again = Wybierz miejsca ponownie
payments = Płatności
col-what = Co
col-amount = Kwota
col-reference = Numer
col-when = Kiedy
col-price = Cena
col-code = Kod
col-movie = Film
col-status = Stan
cancel-booking = Anuluj rezerwację
all-my-bookings = Wszystkie moje rezerwacje
cancel-until = Możesz anulować z pełnym zwrotem do { $time }.
cancel-closed = Anulowanie zamknięto { $cutoff } przed rozpoczęciem.
cancel-pending = Anulowanie od razu zwalnia Twoje miejsca.
payment-paid = { $method ->
    [cash] Zapłacono gotówką
   *[card] Zapłacono kartą
}
payment-declined = Karta odrzucona
payment-refunded = { $method ->
    [cash] Zwrot gotówką
   *[card] Zwrot na kartę
}
ending-in = o końcówce { $last4 }
ticket-type-for = Rodzaj biletu na miejsce { $seat }
update-prices = Przelicz ceny

## Moje rezerwacje

none = brak
seats-count = { $count ->
    [one] { $count } miejsce
    [few] { $count } miejsca
   *[other] { $count } miejsc
}
no-bookings = Nie masz jeszcze rezerwacji.
see-whats-on = Zobacz repertuar
coming-up = Nadchodzące
nothing-coming-up = Nic nadchodzącego.
upcoming-caption = Rezerwacje na nadchodzące seanse, od najbliższego
past = Minione
past-caption = Rezerwacje na seanse, które się skończyły, od najnowszego
error-title = { $status ->
    [400] Błędne żądanie
    [401] Zaloguj się
    [402] Płatność odrzucona
    [403] Brak dostępu
    [404] Nie znaleziono
    [405] Niedozwolona metoda
    [408] Zbyt wolno
    [409] Teraz niemożliwe
    [413] Zbyt duże
    [422] Sprawdź wpisane dane
    [429] Zbyt wiele prób
    [503] Duży ruch
   *[other] Błąd
}
back-to-repertoire = Wróć do repertuaru

## Logowanie i konta

keeps-seat = Zaloguj się lub załóż konto, aby zachować wybrane miejsce: zablokujemy je dla Ciebie zaraz po zalogowaniu, jeśli nikt go w międzyczasie nie zajął.
email = E-mail
password = Hasło
name = Imię i nazwisko
password-hint = co najmniej 10 znaków; dobrze sprawdza się kilka niepowiązanych słów
password-repeat = Powtórz hasło
password-new = Nowe hasło
password-new-repeat = Powtórz nowe hasło
forgot-title = Nie pamiętasz hasła?
new-here = Pierwszy raz u nas?
create-account = Załóż konto
have-account = Masz już konto?
forgot-sent = Jeśli adres { $email } należy do konta, wysłaliśmy na niego link do ustawienia nowego hasła. Link działa raz, przez godzinę. Nic nie przyszło? Sprawdź folder spamu albo poproś ponownie za kilka minut.
back-to-login = Wróć do logowania
forgot-intro = Podaj adres e-mail swojego konta, a wyślemy na niego link do ustawienia nowego hasła.
send-link = Wyślij link
reset-title = Ustaw nowe hasło
reset-not-changed = Hasło nie zostało zmienione: popraw zaznaczone pola.
reset-submit = Ustaw nowe hasło
reset-ends-sessions = Ustawienie go kończy wszystkie sesje Twojego konta, na każdym urządzeniu.

## Żądania

error-form-unreadable = Nie udało się odczytać formularza: { $detail }
error-bad-parameter = Adres ma błędny parametr: { $detail }
error-csrf = Ten formularz wygasł albo nie pochodzi z tej strony. Wróć, odśwież stronę i spróbuj ponownie.
error-not-utf8 = Formularz zawiera znaki, które nie są poprawnym tekstem (UTF-8).
error-body-unreadable = Nie udało się odczytać treści żądania: { $detail }
error-form-too-large = Formularz może mieć najwyżej { $kib } KiB.
login-empty = Podaj adres e-mail i hasło.
login-wrong = Błędny e-mail lub hasło.
login-one-time-expired = To hasło jednorazowe straciło ważność (działa przez { duration-hours }). Poproś administratora o nowe.
login-deactivated = To konto zostało wyłączone. Skontaktuj się z kinem.
login-choose-own = Witaj! Ustaw teraz własne hasło: otrzymane hasło służy tylko do tego.
login-paused-account = Zbyt wiele nieudanych prób logowania na to konto z tego adresu. Dla Twojego bezpieczeństwa logowanie na nie stąd jest wstrzymane; spróbuj ponownie za { duration-minutes }. Logowanie z innych miejsc działa normalnie.
login-paused-address = Zbyt wiele nieudanych logowań z tego adresu. Dla Twojego bezpieczeństwa logowanie stąd jest wstrzymane; spróbuj ponownie za { duration-minutes }.
register-too-many = Z tego adresu w ostatniej godzinie założono zbyt wiele kont. Spróbuj ponownie za { duration-minutes }.
welcome = Witaj, { $name }! Twoje konto jest gotowe.
passwords-differ = Hasła się różnią.
email-taken = Konto z tym adresem e-mail już istnieje. Zaloguj się albo użyj innego adresu.
reset-done = Nowe hasło jest ustawione, a wszystkie sesje Twojego konta zostały zakończone. Zaloguj się nim teraz.
email-missing = Podaj adres e-mail.
email-too-long = Ten adres e-mail jest za długi.
email-no-at = Adres e-mail zawiera znak @, np. imie@example.com.
email-invalid = To nie wygląda na adres e-mail (imie@example.com).
name-missing = Podaj imię i nazwisko.
name-too-long = Imię i nazwisko może mieć najwyżej 100 znaków.
name-control = Imię i nazwisko nie może zawierać podziałów wiersza, tabulatorów ani innych znaków sterujących.
name-invisible = Imię i nazwisko nie może zawierać niewidocznych znaków, np. zmieniających kierunek tekstu.
password-missing = Wybierz hasło.
password-short = Użyj co najmniej { $count } znaków (spacje na początku i końcu się nie liczą). Kilka niepowiązanych słów daje hasło długie i łatwe do zapamiętania.
password-long = Użyj najwyżej { $count } znaków.
password-about-you = Imię, nazwisko i adres e-mail to pierwsze, co ktoś by sprawdził. Użyj słów, które nie mają z Tobą nic wspólnego.
password-weak = { $why ->
    [top] To jedno z najpopularniejszych haseł.
    [common] To popularne hasło.
    [like-common] To hasło bardzo przypomina popularne hasło.
    [keys] Rzędy i wzory klawiszy łatwo odgadnąć.
    [repeats] Powtórzone znaki lub słowa łatwo odgadnąć.
    [sequences] Ciągi takie jak abc czy 6543 łatwo odgadnąć.
    [dates] Lata i daty łatwo odgadnąć.
    [one-word] Pojedyncze słowo łatwo odgadnąć.
    [names] Imiona i nazwiska łatwo odgadnąć.
   *[guessable] To hasło łatwo odgadnąć.
} { $advice ->
    [phrase] Użyj kilku niepowiązanych słów zamiast popularnego zwrotu.
    [uncommon-words] Dodaj jeszcze słowo lub dwa; im mniej popularne, tym lepiej.
    [capitals] Wielkie litery pomagają mniej niż kolejne słowo.
    [reversed] Słowo zapisane wspak nie jest dużo trudniejsze do odgadnięcia.
    [substitutions] Zamiana liter na podobne znaki (@ zamiast a) pomaga mniej niż kolejne słowo.
    [keyboard] Użyj słów zamiast wzoru na klawiaturze.
    [avoid-repeats] Unikaj powtarzania słów i znaków.
    [avoid-sequences] Unikaj ciągów.
    [avoid-dates] Unikaj lat i dat, zwłaszcza związanych z Tobą.
   *[more-words] Dodaj jeszcze słowo lub dwa.
}

## Konto

account-title = Twoje konto
account-details = Dane
account-sessions = Gdzie jesteś zalogowany
session-this = ta sesja
session-from = Z adresu { $client }
session-started = zalogowano { $time }
session-last-seen = ostatnio aktywna { $time }
session-log-out = Wyloguj tę sesję
sessions-log-out-others = Wyloguj wszędzie indziej
password-change-title = Zmień hasło
password-change-hint = Zmiana hasła wylogowuje Cię wszędzie indziej.
password-current = Obecne hasło
password-change-submit = Zmień hasło
password-current-missing = Podaj obecne hasło.
password-same = Wybierz hasło inne niż obecne.
password-current-wrong = To nie jest Twoje obecne hasło.
password-changed-elsewhere = Twoje hasło zostało w tej samej chwili zmienione gdzie indziej. Zaloguj się ponownie.
password-changed = { $count ->
    [0] Hasło zostało zmienione.
    [one] Hasło zostało zmienione, a Twoja 1 inna sesja została wylogowana.
    [few] Hasło zostało zmienione, a { $count } inne sesje zostały wylogowane.
   *[other] Hasło zostało zmienione, a { $count } innych sesji zostało wylogowanych.
}
sessions-ended = { $count ->
    [0] Nie byłeś zalogowany nigdzie indziej.
    [one] Wylogowano 1 inną sesję.
    [few] Wylogowano { $count } inne sesje.
   *[other] Wylogowano { $count } innych sesji.
}
session-gone = Ta sesja już się zakończyła.
session-ended = Ta sesja została wylogowana.
browser-unknown = Nieznana przeglądarka
browser-some = Przeglądarka
browser-some-on = Przeglądarka na { $system }
browser-on = { $browser } na { $system }

## Poczta

mail-reset-subject = { $cinema }: ustaw nowe hasło
mail-reset-body =
    Dzień dobry, { $name },

    ktoś (mamy nadzieję, że Ty) poprosił o ustawienie nowego hasła do konta w { $cinema }. Otwórz ten link w ciągu godziny; działa jeden raz:

    { $link }

    Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło pozostaje bez zmian.
mail-tickets-subject = Twoje bilety: { $title } ({ $time })
mail-tickets-body =
    Dzień dobry, { $name },

    dziękujemy za rezerwację { $code }.

    { $title }
    { $time }, { $hall }
    { $place }

    Miejsca:
    { $seats }
    Zapłacono: { $total }

    Pokaż kod { $code } (albo kod QR z biletu) przy wejściu; wpuszczamy od godziny przed rozpoczęciem. Twój bilet:
    { $link }
calendar-description = Rezerwacja { $code }. Miejsca: { $seats }. Pokaż kod przy wejściu; bilet uprawnia do wejścia od godziny przed rozpoczęciem.
