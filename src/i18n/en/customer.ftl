# English messages for the customer's pages and shared errors; the same ids are in pl/customer.ftl.

## Errors

error-not-found = { $what ->
    [account] We could not find that account.
    [booking] We could not find that booking.
    [hall] We could not find that hall.
    [movie] We could not find that movie.
    [sale] We could not find that sale.
    [seat] We could not find that seat.
    [showing] We could not find that showing.
    [ticket-type] We could not find that ticket type.
   *[other] We could not find what you asked for.
}
error-changed-meanwhile = Someone else changed this at the same moment. Please try again.
error-staff-page = This page is for cinema staff.
error-staff-only = This is for cinema staff.
error-admin-page = This page is for administrators.
error-admin-change = This change is for administrators.
error-own-password-first = Please choose your own password first, on your account page: the one you were given only lets you do that.
error-no-such-file = There is no such file.
error-no-such-seat-here = This showing has no such seat.
error-no-such-poster = There is no such poster.
error-card-no-answer = The card payment service did not answer, so nothing was charged. Please try again in a moment.
error-basket-other-window = You started choosing seats for this showing in another window at the same moment. Reload the page to see them.
error-booking-changed = Your booking changed at the same moment (it was paid, cancelled or ran out). Please check it and try again.
error-login-required = Please log in.
error-too-slow = What you sent arrived too slowly, so we stopped waiting for it. Please try again.
error-method = This address does not accept that kind of request.
error-busy = We are very busy right now and could not do that. Nothing was changed; please try again in a few seconds.
error-unconfirmed = We are very busy right now and could not confirm that in time. Please look again in a few seconds (for a booking, on My bookings) before you try again.
error-unexpected = Something went wrong on our side. Please try again in a moment.
error-no-page = There is no page at this address.
error-too-large = What you sent is too large.
error-not-understood = The request could not be understood.
error-not-understood-because = The request could not be understood: { $detail }
error-language-unknown = “{ $lang }” is not a language these pages are written in: choose en or pl.
error-no-such-seat-field = { $field } does not name a seat.

## Seats and holds

seat-unknown = This showing has no such seat.
seat-sold = Seat { $seat } is already sold.
seat-blocked = Seat { $seat } is not for sale for this showing.
seat-taken = Seat { $seat } was just taken.
seat-not-yours = You are not holding seat { $seat }.
seat-changed = The seat changed at the same moment. Please try again.
seats-at-most = You can hold at most { $count } seats for one showing.
baskets-at-most = { $count ->
    [one] You are already holding seats for another showing ({ $titles }). Pay for or cancel that booking first (see My bookings), or wait until its hold runs out.
   *[other] You are already holding seats for { $count } other showings ({ $titles }). Pay for or cancel one of those bookings first (see My bookings), or wait until its hold runs out.
}
no-tickets-on-sale = No tickets are on sale for this film right now.
showing-changed = This showing changed at the same moment (cancelled, or a new time or price). Please look at it again.
showing-cancelled = This showing was cancelled; its seats are not for sale.
sales-closed = Sales for this showing have closed: it has already started.
account-cannot-hold = This account can no longer hold seats.

## Paying

card-name-missing = Enter the name on the card.
card-name-long = The name is too long.
card-number-missing = Enter the card number.
card-number-length = A card number is 12 to 19 digits.
card-number-invalid = That card number is not valid; check it for a typo.
card-expiry-format = Enter the expiry date as MM/YY.
card-expired = This card has expired.
card-cvc = The security code is the 3 or 4 digits on the back of the card.
pay-check-card = Please check the card details.
pay-form-incomplete = The payment form is incomplete. Reload the page and try again.
pay-declined = Your card was declined and nothing was charged. Please try another card.
flash-paid = Payment accepted. Your tickets are below; enjoy the film!
flash-cancelled-refunded = Booking cancelled and refunded: { $how }.
flash-cancelled-released = Booking cancelled; the seats were released.
refund-to-card = { $amount } goes back to the card it was paid with
refund-in-cash = { $amount } is paid back in cash at the counter

## Counting

tickets-count = { $count ->
    [one] { $count } ticket
   *[other] { $count } tickets
}

## Seats kept through logging in

kept-seat-too-fast = Seats are being held too fast from here right now: please pick your seat again in a minute.
kept-seat-busy = we could not hold it just now; please pick it again.
kept-seat-held = The seat you chose is held for you; it is marked on the map.
kept-seat-lost = We could not keep the seat you chose: { $why }

## Durations

duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
duration-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
duration-hours-minutes = { $hours } h { $minutes } min
cancel-past-cutoff = Paid bookings can be cancelled until { $cutoff } before the showing starts; this one can no longer be cancelled.
cancel-started = This showing has started; its tickets can no longer be cancelled.

## Checkout

seat-not-in-booking = Seat { $seat } is not part of this booking.
ticket-type-missing = Choose a ticket type for seat { $seat }.
ticket-type-not-for-film = { $ticket } tickets are not sold for { $title }, rated { $rating }.
hold-expired-at = Your seat hold expired at { $time }, so the seats were released and nothing was charged. Please choose your seats again.
booking-paid-already = This booking is already paid.
booking-was-cancelled = This booking was cancelled.
pay-sales-closed = Ticket sales for this showing closed when it started, so nothing was charged.
pay-booking-changed = Your booking changed in another window. Check the seats and total below, then pay again.
pay-no-seats = This booking has no seats. Please choose your seats again.
pay-total-changed = The total changed while the payment was being taken; nothing was charged. Check the total and pay again.
pay-booking-changed-short = Your booking changed in another window. Check it and pay again.
pay-seats-lost = Some of your seats are no longer held. Please choose your seats again.
cancel-cash-at-counter = This booking was paid in cash: cancel it at the counter, in an open shift, where the cash is paid back.
cancel-used = These tickets were already used at the door; they cannot be cancelled.
booking-cancelled-already = This booking is already cancelled.
cancel-expired = This booking has expired; there is nothing to cancel.
booking-changed-meanwhile = This booking changed at the same moment. Please look at it again before you go on.
holds-too-fast-network = { $seconds ->
    [one] Many seats are being held from your network right now. Please wait { $seconds } second and try again.
   *[other] Many seats are being held from your network right now. Please wait { $seconds } seconds and try again.
}
holds-too-fast-account = { $seconds ->
    [one] You are holding seats faster than we allow. Please wait { $seconds } second and try again.
   *[other] You are holding seats faster than we allow. Please wait { $seconds } seconds and try again.
}

## Best seats

best-how-many = Say how many seats you want, such as 2.
best-at-most = One booking has at most { $count } seats.
best-none = This showing has not { $count } free seats left together, even over two rows. Pick seats on the map instead.
best-held = Seats { $seats } are held for you, { $how ->
    [lone-seat] side by side (the only way leaves one seat free beside them)
    [two-rows] split over two rows, as no row has that many free together
   *[together] side by side
}. Click a seat to change them.

## Layout

meta-description = { $cinema }: what is on, the showings and free seats; book and pay online.
nav-skip = Skip to content
nav-main = Main
nav-repertoire = Repertoire
nav-bookings = My bookings
nav-account = Account
nav-counter = Counter
nav-admin = Admin
nav-logout = Log out
nav-login = Log in
nav-register = Register
footer-vat = Prices include VAT
footer-local-times = Times are local

## Repertoire

error-not-a-date = “{ $text }” is not a date; use the form 2026-11-24.
day-today = Today
day-tomorrow = Tomorrow
whats-on = What's on
choose-day = Choose a day
no-showings-day = No showings on this day. Try another day above.
showings-of = Showings of { $title }
already-started = Already started
price-from = from { $price }
poster-of = Poster of { $title }
upcoming-showings = Upcoming showings
no-upcoming-showings = No upcoming showings of this movie.
almost-full = { $count ->
    [one] Almost full: { $count } seat left
   *[other] Almost full: { $count } seats left
}
sold-out = Sold out

## Seat map

seat-label-row = Row
seat-label-seat = seat
kind-standard = standard seat
kind-vip = VIP seat
kind-wheelchair = wheelchair space
kind-companion = companion seat
state-free = free
state-held = held by another customer
state-mine = held by you
state-sold = sold
state-bought = sold to you
state-blocked = not for sale
note-wheelchair = A wheelchair space has no seat: it is an open place for a wheelchair, with step-free access.
note-companion = A companion seat is beside a wheelchair space, for someone who comes with a wheelchair user.
seat-map-label = { $count ->
    [one] Seat map, { $count } seat free. Use the arrow keys to move between seats.
   *[other] Seat map, { $count } seats free. Use the arrow keys to move between seats.
}
showing-was-cancelled = This showing was cancelled: { $reason }. Its seats are not for sale; bookings were refunded.
showing-started = This showing has started; seats can no longer be booked online.
seats-title = Seats
screen = Screen
zoom-in = Zoom in
zoom-out = Whole hall
legend = Legend
legend-free = Free
legend-mine = Yours
legend-held = Held by others
legend-sold = Sold
legend-bought = Your tickets
legend-blocked = Not for sale
legend-vip = VIP
legend-wheelchair = Wheelchair space
legend-companion = Companion seat
basket-title = Your seats
basket-login = Log in
basket-or = or
basket-register = register
basket-to-choose = {" "}to choose seats.
basket-pick = Pick up to { $count } seats on the map.
total = Total
held-until = Held for you until { $time }
time-left = left
hold-warning = Less than a minute left: pay now, or the seats are released.
hold-ran-out-note = Your hold has run out and the seats were released. Please choose your seats again.
continue-checkout = Continue to checkout
your-tickets-here = You have tickets for this showing:
ticket-code = ticket { $code }
your-seats-marked = Your seats are marked on the map.
best-available = Best available seats
best-seats-for = Best seats for
best-find = Find them
best-accessible = Include wheelchair spaces and companion seats
ticket-prices = Ticket prices
prices-ticket = Ticket
prices-seat = Seat

## A booking

booking-not-yours = Only the customer who made this booking can change it here.
booking-at-counter = This booking was made at the cinema's counter; please change or cancel it there.
booking-title = Booking { $code }
booking = Booking
status = { $status ->
    [pending] pending
    [paid] paid
    [cancelled] cancelled
    [expired] expired
   *[other] { $status }
}
cinema-cancelled = The cinema cancelled this showing: { $reason }.
cinema-cancelled-refunded = What was paid has been refunded the way it was paid; see the payments below.
your-ticket = Your ticket
ticket = Ticket
tickets = Tickets
qr-for = QR code for booking { $code }
show-at-entrance = Show this code at the entrance:
total-paid = Total paid
add-to-calendar = Add to calendar
print-ticket = Print the ticket
seats-held-until = Your seats are held until { $time }
change-seats = Change seats
hold-ran-out-title = Your hold ran out
hold-ran-out-text = The seats were released so that others can book them; nothing was charged.
pick-seats-again = Pick seats again
pay-by-card = Pay by card
pay-simulated = Payments are simulated. Any Luhn-valid number with a future expiry is accepted, e.g. 4242 4242 4242 4242; 4000 0000 0000 0002 is declined.
card-name = Name on card
card-number = Card number
card-expiry = Expiry (MM/YY)
card-expiry-placeholder = MM/YY
card-cvc-label = Security code
pay-now = Pay now
pending-for-staff = The customer is choosing tickets and paying; their seats are held until { $time }. Only they can change or pay for this booking online.
expired-released = The hold on these seats ran out before payment, so they were released.
choose-seats-again = Choose seats again
payments = Payments
col-what = What
col-amount = Amount
col-reference = Reference
col-when = When
col-price = Price
col-code = Code
col-movie = Movie
col-status = Status
cancel-booking = Cancel booking
all-my-bookings = All my bookings
cancel-until = You can cancel for a full refund until { $time }.
cancel-closed = Cancellation closed { $cutoff } before the start.
cancel-pending = Cancelling releases your seats at once.
payment-paid = { $method ->
    [cash] Paid in cash
   *[card] Paid by card
}
payment-declined = Card declined
payment-refunded = { $method ->
    [cash] Refunded in cash
   *[card] Refunded to card
}
ending-in = ending { $last4 }
ticket-type-for = Ticket type for seat { $seat }
update-prices = Update prices

## My bookings

none = none
seats-count = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
no-bookings = You have no bookings yet.
see-whats-on = See what's on
coming-up = Coming up
nothing-coming-up = Nothing coming up.
upcoming-caption = Bookings for showings still to come, soonest first
past = Past
past-caption = Bookings for showings that have ended, newest first
error-title = { $status ->
    [400] Bad request
    [401] Please log in
    [402] Payment declined
    [403] Not allowed
    [404] Not found
    [405] Method not allowed
    [408] Too slow
    [409] Not possible right now
    [413] Too large
    [422] Please check your input
    [429] Too many attempts
    [503] Busy right now
   *[other] Error
}
back-to-repertoire = Back to the repertoire

## Logging in and accounts

keeps-seat = Log in or create an account to keep the seat you chose: it is held for you as soon as you are in, if nobody has taken it meanwhile.
email = E-mail
password = Password
name = Name
password-hint = at least 10 characters; a few unrelated words work well
password-repeat = Repeat the password
password-new = New password
password-new-repeat = Repeat the new password
forgot-title = Forgot your password?
new-here = New here?
create-account = Create an account
have-account = Already have an account?
forgot-sent = If an account uses { $email }, we have sent it a link to choose a new password. The link works once, within an hour. Nothing arrived? Check the spam folder, or ask again in a few minutes.
back-to-login = Back to logging in
forgot-intro = Give the e-mail address of your account, and we send it a link to choose a new password.
send-link = Send me a link
reset-title = Choose a new password
reset-not-changed = The password was not changed: please correct the fields marked below.
reset-submit = Set the new password
reset-ends-sessions = Setting it ends every session of your account, on every device.

## Requests

error-form-unreadable = The form could not be read: { $detail }
error-bad-parameter = The address has a bad parameter: { $detail }
error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
error-not-utf8 = The form contains characters that are not valid text (UTF-8).
error-body-unreadable = The request body could not be read: { $detail }
error-form-too-large = A form may hold at most { $kib } KiB.
login-empty = Enter your e-mail address and password.
login-wrong = Wrong e-mail or password.
login-one-time-expired = This one-time password has run out (they work for { duration-hours }). Please ask an administrator for a new one.
login-deactivated = This account has been deactivated. Please contact the cinema.
login-choose-own = Welcome! Please choose your own password now: the one you were given works only for this.
login-paused-account = Too many failed attempts to log in to this account from this address. For your security, logging in to it from here is paused; try again in { duration-minutes }. Logging in from elsewhere is not affected.
login-paused-address = Too many failed logins from this address. For your security, logging in from here is paused; try again in { duration-minutes }.
register-too-many = Too many accounts were registered from this address in the last hour. Please try again in { duration-minutes }.
welcome = Welcome, { $name }! Your account is ready.
passwords-differ = The two passwords differ.
email-taken = An account with this e-mail already exists. Log in instead, or use another address.
reset-done = Your new password is set, and every session of your account has ended. Log in with it now.
email-missing = Enter your e-mail address.
email-too-long = That e-mail address is too long.
email-no-at = An e-mail address has an @ in it, like name@example.com.
email-invalid = That does not look like an e-mail address (name@example.com).
name-missing = Enter your name.
name-too-long = A name can be at most 100 characters.
name-control = A name cannot contain line breaks, tabs or other control characters.
name-invisible = A name cannot contain invisible characters, such as ones that change the direction of text.
password-missing = Choose a password.
password-short = Use at least { $count } characters (spaces at the start or end do not count). A few unrelated words make a password that is long and easy to remember.
password-long = Use at most { $count } characters.
password-about-you = Your name and e-mail address are the first things someone would try. Use words that have nothing to do with you.
password-weak = { $why ->
    [top] This is one of the most common passwords.
    [common] This is a common password.
    [like-common] This is very like a common password.
    [keys] Rows and patterns of keys are easy to guess.
    [repeats] Repeated characters or words are easy to guess.
    [sequences] Sequences like abc or 6543 are easy to guess.
    [dates] Years and dates are easy to guess.
    [one-word] A single word is easy to guess.
    [names] Names are easy to guess.
   *[guessable] This password would be easy to guess.
} { $advice ->
    [phrase] Use a few unrelated words rather than a common phrase.
    [uncommon-words] Add another word or two; uncommon words are better.
    [capitals] Capital letters help less than another word.
    [reversed] A word spelt backwards is not much harder to guess.
    [substitutions] Swapping letters for look-alikes (@ for a) helps less than another word.
    [keyboard] Use words rather than a pattern on the keyboard.
    [avoid-repeats] Avoid repeating words and characters.
    [avoid-sequences] Avoid sequences.
    [avoid-dates] Avoid years and dates, especially ones that have to do with you.
   *[more-words] Add another word or two.
}

## Account

account-title = Your account
account-details = Details
account-sessions = Where you are logged in
session-this = this session
session-from = From { $client }
session-started = logged in { $time }
session-last-seen = last active { $time }
session-log-out = Log out this session
sessions-log-out-others = Log out everywhere else
password-change-title = Change your password
password-change-hint = Changing it logs you out everywhere else.
password-current = Current password
password-change-submit = Change password
password-current-missing = Enter your current password.
password-same = Choose a password other than your current one.
password-current-wrong = This is not your current password.
password-changed-elsewhere = Your password was changed somewhere else at the same moment. Please log in again.
password-changed = { $count ->
    [0] Your password was changed.
    [one] Your password was changed, and your 1 other session was logged out.
   *[other] Your password was changed, and your { $count } other sessions were logged out.
}
sessions-ended = { $count ->
    [0] You were not logged in anywhere else.
    [one] Logged out of 1 other session.
   *[other] Logged out of { $count } other sessions.
}
session-gone = That session has already ended.
session-ended = That session was logged out.
browser-unknown = An unknown browser
browser-some = A browser
browser-some-on = A browser on { $system }
browser-on = { $browser } on { $system }

## Mail

mail-reset-subject = { $cinema }: choose a new password
mail-reset-body =
    Hello { $name },

    Someone (we hope you) asked to choose a new password for your account at { $cinema }. Open this link within an hour to do so; it works once:

    { $link }

    If it was not you, ignore this message: your password stays as it is.
mail-tickets-subject = Your tickets: { $title } ({ $time })
mail-tickets-body =
    Hello { $name },

    thank you for your booking { $code }.

    { $title }
    { $time } in { $hall }
    { $place }

    Seats:
    { $seats }
    Total paid: { $total }

    Show the code { $code } (or the QR code on your ticket) at the entrance; it admits from an hour before the start. Your ticket:
    { $link }
calendar-description = Booking { $code }. Seats: { $seats }. Show the code at the entrance; the ticket admits from an hour before the start.
