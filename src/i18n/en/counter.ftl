# English messages for the counter screens; the same ids are in the other language's file.

## Shared by the counter screens

counter-nav-label = Counter
counter-nav-showings = Showings
counter-nav-reservations = Reservations
counter-nav-door = Door
counter-nav-shift = Shift
counter-col-time = Time
counter-col-hall = Hall
counter-no-showings-today = No showings today.

## The door

door-title = Door
door-code-label = Scan or type the ticket's code
door-check = Check
door-seats = Seats { $seats }
door-caption = Today: admitted of sold
door-col-admitted = Admitted
door-col-this-door = This door
door-any-showing = Any showing
door-only-this = Only this one

## The staff home

staff-sections-label = Back office
staff-today-caption = Today's showings
staff-col-sold = Sold
door-valid = Valid: welcome. Ticket { $code }
door-admitted-at = Already admitted at { $time }
door-admitted-at-by = Already admitted at { $time } by { $by }
door-wrong-showing = Wrong showing or day. { $why }
door-why-other-showing = This ticket is for another showing than this door's.
door-why-too-early = Too early: this ticket admits from an hour before its showing starts.
door-why-ended = This showing has ended.
door-cancelled = Cancelled: this ticket is not valid
door-unpaid = Not paid: send the customer to the counter
door-unknown = Unknown code
door-unknown-detail = No ticket has the code “{ $code }”. Check it and scan again.

## Amounts of money typed at the counter

counter-amount-missing = Enter { $what ->
    [counted] the cash counted
   *[float] the cash float
}, like 200 or 150.50.
counter-amount-not-money = “{ $text }” is not an amount of money; type it like 200 or 150.50.
counter-amount-too-much = { $text } is more than a cash drawer holds; check the amount.
counter-cash-not-money = “{ $text }” is not an amount of money; type it like 50 or 42.50.
counter-cash-too-little = Too little cash: { $cash } is less than the total, so nothing was taken.
counter-cash-too-much = That is far more than the total; check the amount.
counter-cash-refused = { $reason } The total is { $total }.

## The shift

counter-shift-title = Shift
counter-shift-heading = Your shift
counter-shift-opened = Opened
counter-shift-closed = Closed
counter-shift-float = Cash float
counter-shift-cash-sales = Cash sales
counter-shift-cash-refunds = Cash refunds
counter-shift-expected = Expected cash
counter-shift-counted = Counted cash
counter-shift-difference = Difference
counter-shift-card-sales = Card sales
counter-shift-card-refunds = Card refunds
counter-shift-counts = Sales · refunds · declined cards
counter-shift-open-title = Open shift
counter-shift-counted-label = Cash counted in the drawer
counter-shift-close = Close the shift
counter-shift-open-form-title = Open a shift
counter-shift-float-label = Cash float in the drawer
counter-shift-open = Open the shift
counter-shift-summary = End-of-shift summary
counter-print = Print
counter-shift-opened-flash = Shift opened with a float of { $float }.
counter-shift-closed-flash = Shift closed. The summary is below, ready to print.
counter-shift-diff-none = none: the drawer is right
counter-shift-diff-over = { $amount } over
counter-shift-diff-short = { $amount } short
counter-shift-already-open = Your shift is already open; close it before you open another.
counter-shift-none-open = Open your shift first (Shift, with the cash float): counter payments and cash refunds belong to a shift.
counter-shift-none-to-close = You have no open shift to close.
counter-shift-close-raced = A sale was taken in this shift at the same moment. Count again and close it then.

## The showings list

counter-title = Counter
counter-no-shift = Your shift is not open:
counter-no-shift-open-float = open it with the cash float
counter-no-shift-before-payments = before you take payments.
counter-search-label = Find a showing (title, format, hall, time) or type a booking code
counter-search = Search
counter-keys-choose = choose
counter-keys-open = open
counter-keys-scanned = a scanned code opens its reservation
counter-showings-caption = Showings from now, soonest first
counter-col-day = Day
counter-col-format = Format
counter-col-left = Left
counter-today = Today
counter-no-showings = No showings.
counter-no-showings-match = No showings match “{ $q }”.
counter-open-sales = Your open sales

## The sale

counter-sale-page-title = Sale · { $title } · { $when }
counter-no-shift-open = open it
counter-no-shift-to-take = to take payments.
counter-seats-label = Seats: labels (F12 F13, F12-15) or how many (4) for the best together
counter-hold = Hold
counter-sell-blocked = Sell the blocked seats { $seats } anyway (audited)
counter-accessible = Best seats may include wheelchair and companion places
counter-seat-map = Seat map
counter-screen = Screen
counter-legend = Legend
counter-legend-free = Free
counter-legend-mine = This sale
counter-legend-held = Held elsewhere
counter-legend-sold = Sold
counter-legend-blocked = Blocked (house or out of use: sell after confirming)
counter-sale-heading = Sale { $code }
counter-sale-online = (online reservation)
counter-sale-empty = No seats yet.
counter-tickets-keys = Tickets · keys
counter-tickets-for-all = for all
counter-col-seat = Seat
counter-col-ticket = Ticket
counter-col-price = Price
counter-ticket-for = Ticket for { $seat }
counter-update-prices = Update prices
counter-total = Total
counter-held-until = held until { $time }
counter-payment = Payment
counter-cash = Cash
counter-card = Card
counter-tendered-label = Cash tendered (empty: the exact total)
counter-card-by-hand = Card typed by hand (leave empty for the card terminal)
counter-card-name = Name on card
counter-card-number = Card number
counter-card-expiry = Expiry (MM/YY)
counter-card-cvc = CVC
counter-customer = Customer (optional, for the receipt)
counter-customer-name = Name
counter-customer-email = E-mail
counter-take-payment = Take payment
counter-new-sale = New sale
counter-new-sale-hint = Type the seats, or a number for the best seats together, then
counter-keys = Keys
counter-key-seats = seats field
counter-key-types = ticket type for all seats (or in a seat's list: for that seat)
counter-key-cash = cash
counter-key-card = card
counter-key-enter = hold the seats typed / take the payment
counter-key-esc = back to the showings

## Seats typed at the counter, and why they cannot be had

counter-seats-zero = Say how many seats, from 1, or name them, like F12 F13.
counter-seats-too-many = One sale takes at most { $most } seats; { $text } is more than that.
counter-seats-too-many-named = One sale takes at most { $most } seats; that names { $count }.
counter-seats-not-a-seat = “{ $token }” is not a seat: write a row and a number, like F12, or a run, like F12-15.
counter-seats-two-rows = “{ $token }” spans two rows: name a run within one row, like { $example }.
counter-seats-backwards = “{ $token }” runs backwards: write the lower number first, like { $example }.
counter-seats-run-too-long = “{ $token }” names more than { $most } seats.
counter-seats-at-most = Name at most { $most } seats at a time.
counter-seats-none = Name the seats, like F12 F13 or F12-15.
counter-no-such-seats = This hall has no seat { $seats } (its rows are { $first } to { $last }).
counter-no-such-seats-no-rows = This hall has no seat { $seats } (its rows are none).
counter-no-block = There are not { $count } free seats together, even over two rows. Name the seats instead.
counter-held-lone-seat = Held side by side; the only way leaves one seat free beside them.
counter-held-two-rows = Held over two rows: no row has that many free together.
counter-confirm-blocked = { $seats } { $count ->
    [one] is
   *[other] are
} blocked (a house seat or out of use). Sell anyway? Confirm below; it is written to the audit log.
counter-sale-other-cashier = This sale was started by another cashier; start a new one.
counter-sale-paid = This sale is already paid; start a new one.
counter-sale-ended = This sale has ended (its seat hold ran out or it was cancelled); its seats were released. Start a new one.
counter-booking-paid = This booking is already paid.
counter-reservation-ended = This reservation has ended (its hold ran out or it was cancelled).
counter-no-such-seat = This showing has no such seat.
counter-sold = Not available: { $seats } { $count ->
    [one] is
   *[other] are
} sold. Nothing was held.
counter-held-elsewhere = Not available: { $seats } { $count ->
    [one] is
   *[other] are
} held by another sale. Nothing was held.
counter-sold-and-held = Not available: { $sold } sold, { $held } held by another sale. Nothing was held.
counter-sale-too-many = One counter sale takes at most { $most } seats; this would make { $count }.

## Taking the payment

counter-pay-check-customer = Please check the customer's details.
counter-pay-incomplete = The payment form is incomplete. Reload the sale and try again.
counter-pay-choose-method = Choose cash or card.
counter-pay-choose-how = Choose how the customer pays.
counter-pay-check-card = Please check the card details.
counter-pay-declined = The card was declined and nothing was charged. Try another card, or cash.
counter-paid-cash = Paid in cash: { $tendered } tendered, change due { $change }.
counter-paid-card = Paid by card: { $total }.
counter-customer-name-too-long = A name of at most 100 characters.

## The printed tickets

counter-tickets-title = Tickets { $code }
counter-next-customer = Next customer
counter-all-on-one-page = All tickets on one page
counter-one-per-page = One ticket per page
counter-ticket-for-seat = Ticket for seat { $seat }
counter-qr-for = QR code for booking { $code }
counter-ticket-seat = Seat
counter-ticket-code = Code
counter-tickets-total = Total { $total }
counter-print-not-paid = These tickets are not paid, so there is nothing to print.

## Reservations

counter-booking-search-label = Booking code, customer e-mail or name
counter-find = Find
counter-no-booking-match = No booking matches “{ $q }”.
counter-booking-seats = seats
counter-walk-in = Walk-in
counter-sold-online = sold online
counter-sold-at-counter = sold at the counter
counter-collected-at = collected { $time }
counter-admitted-at = admitted { $time }
counter-mark-collected = Mark collected
counter-print-tickets = Print tickets
counter-move-label = Move to seats
counter-move = Move
counter-override-cutoff = Override the online cut-off (audited)
counter-cancel-refund = Cancel and refund
counter-cancel = Cancel
counter-collected-flash = Tickets of booking { $code } marked collected.
counter-cancelled-refunded-flash = Booking { $code } cancelled and refunded: { $how }.
counter-cancelled-released-flash = Booking { $code } cancelled; its seats were released.
counter-moved-flash = Booking { $code } moved from { $from } to { $to }.
counter-move-no-seat = This hall has no seat { $seat }.
counter-already-collected = These tickets were collected already.
counter-collect-unpaid = This booking is not paid yet: take the payment first.
counter-booking-cancelled = This booking was cancelled.
counter-booking-expired = This booking expired unpaid.
counter-move-not-movable = Only a paid booking, or one still being paid, can move to other seats.
counter-move-admitted = These tickets were already used at the door.
counter-move-started = This showing has started; its seats can no longer change.
counter-move-count = This booking has { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}: name as many new ones.
counter-move-not-free = Not free: { $seats }. The booking keeps its seats.
counter-booking-raced = The booking changed at the same moment. Look it up again.

## The staff home

staff-admin-title = Administration
staff-admin-intro = Today's programme at a glance, and the sections of the back office.
staff-section-movies = Movies
staff-section-halls = Halls and seat plans
staff-section-schedule = Schedule
staff-section-ticket-types = Ticket types and prices
staff-section-users = Users
staff-section-reports = Reports
staff-section-settings = Settings
staff-section-audit = Audit log
