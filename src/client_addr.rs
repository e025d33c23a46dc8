//! Who is asking, by network address: the peer of the connection, or, when that peer is one of the
//! reverse proxies the cinema runs (`CINEMA_TRUSTED_PROXIES`), the address the proxies say they
//! were asked from. Throttles count by this address, so it must not be something a client can
//! choose: `X-Forwarded-For` is believed only when a trusted proxy sent it.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::HttpRequest;
use ipnet::IpNet;

/// The client's address. Reading `X-Forwarded-For` from the right, each trusted proxy hands on what
/// it was told; the first address that is not one of ours is the client. When every listed address
/// is one of ours, the leftmost is; when the header is missing or its last entry unreadable, the
/// proxy itself is (and that is logged once, as every client behind it then shares one address).
pub fn client_ip(req: &HttpRequest, trusted: &[IpNet]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip().to_canonical();
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect::<Vec<_>>()
        .join(",");
    if !is_trusted(peer, trusted) {
        if trusted.is_empty() && !forwarded.is_empty() {
            warn_once(
                &UNTRUSTED_HEADER,
                "requests carry X-Forwarded-For but CINEMA_TRUSTED_PROXIES is empty: if the app runs behind a reverse proxy, every client shares the proxy's address for logins, registrations and holds",
            );
        }
        return Some(peer);
    }
    let client = from_forwarded(peer, &forwarded, trusted);
    if client == peer {
        warn_once(
            &UNREADABLE_HEADER,
            "a trusted proxy sent no usable X-Forwarded-For: its clients share its address",
        );
    }
    Some(client)
}

static UNTRUSTED_HEADER: AtomicBool = AtomicBool::new(false);
static UNREADABLE_HEADER: AtomicBool = AtomicBool::new(false);

fn warn_once(flag: &AtomicBool, message: &str) {
    if !flag.swap(true, Ordering::Relaxed) {
        log::warn!("{message}");
    }
}

/// The key throttles count a request under: [`client_ip`] with the application's trusted proxies,
/// as text. An IPv6 client counts by its /64, the block one household or phone is given, so that
/// it cannot step through addresses of its own; "unknown" when there is no peer.
pub fn client_key(req: &HttpRequest) -> String {
    let trusted = crate::state::AppState::of(req).map_or(&[][..], |s| &s.trusted_proxies[..]);
    client_ip(req, trusted).map_or_else(|| "unknown".to_owned(), key_of)
}

fn key_of(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let [a, b, c, d, ..] = v6.segments();
            format!("{}/64", Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
        }
        v4 => v4.to_string(),
    }
}

fn is_trusted(ip: IpAddr, trusted: &[IpNet]) -> bool {
    let ip = ip.to_canonical();
    trusted.iter().any(|net| net.contains(&ip))
}

/// One entry of `X-Forwarded-For`: an address, maybe with a port (`203.0.113.7:4711`,
/// `[2001:db8::1]:4711`) or in brackets.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|s| s.ip()))
        .or_else(|_| {
            hop.strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .ok_or(())
                .and_then(|h| h.parse::<IpAddr>().map_err(|_| ()))
        })
        .ok()
        .map(|ip| ip.to_canonical())
}

fn from_forwarded(peer: IpAddr, header: &str, trusted: &[IpNet]) -> IpAddr {
    let mut client = peer;
    for hop in header.rsplit(',') {
        let Some(ip) = parse_hop(hop) else {
            // Whatever lies to the left of an unreadable entry came from the client unchecked.
            break;
        };
        client = ip;
        if !is_trusted(ip, trusted) {
            break;
        }
    }
    client
}

/// Parses `CINEMA_TRUSTED_PROXIES`: addresses or networks (`10.0.0.5`, `10.0.0.0/8`, `::1`),
/// separated by commas or spaces.
pub fn parse_trusted(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|entry| {
            entry
                .parse::<IpNet>()
                .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{entry:?} is not an IP address or network"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_header_is_read_from_the_right_past_our_own_proxies() {
        let trusted = parse_trusted("10.0.0.0/8, 192.168.1.1").unwrap();
        let proxy = ip("10.0.0.2");
        assert_eq!(
            from_forwarded(proxy, "203.0.113.7", &trusted),
            ip("203.0.113.7")
        );
        // A client cannot choose its address by sending a header of its own first.
        assert_eq!(
            from_forwarded(proxy, "1.2.3.4, 203.0.113.7, 192.168.1.1", &trusted),
            ip("203.0.113.7")
        );
        assert_eq!(from_forwarded(proxy, "", &trusted), proxy);
        assert_eq!(from_forwarded(proxy, "garbage", &trusted), proxy);
        assert_eq!(from_forwarded(proxy, "10.0.0.9", &trusted), ip("10.0.0.9"));
        assert_eq!(
            from_forwarded(proxy, "1.2.3.4, nonsense, 10.0.0.9", &trusted),
            ip("10.0.0.9")
        );
    }

    #[test]
    fn entries_with_ports_and_brackets_are_read() {
        let trusted = parse_trusted("10.0.0.0/8").unwrap();
        let proxy = ip("10.0.0.2");
        assert_eq!(
            from_forwarded(proxy, "203.0.113.7:4711", &trusted),
            ip("203.0.113.7")
        );
        assert_eq!(
            from_forwarded(proxy, "[2001:db8::7]:4711", &trusted),
            ip("2001:db8::7")
        );
        assert_eq!(
            from_forwarded(proxy, "[2001:db8::7]", &trusted),
            ip("2001:db8::7")
        );
        assert_eq!(
            from_forwarded(proxy, "::ffff:203.0.113.7", &trusted),
            ip("203.0.113.7")
        );
    }

    #[test]
    fn an_ipv6_client_counts_by_its_64() {
        assert_eq!(key_of(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(key_of(ip("2001:db8:1:2:bbbb::9")), "2001:db8:1:2::/64");
        assert_eq!(key_of(ip("::ffff:203.0.113.7")), "203.0.113.7");
        assert_eq!(key_of(ip("203.0.113.7")), "203.0.113.7");
    }

    #[test]
    fn trusted_proxies_parse_as_addresses_and_networks() {
        let trusted = parse_trusted("127.0.0.1 ::1,10.1.0.0/16").unwrap();
        assert_eq!(trusted.len(), 3);
        assert!(is_trusted(ip("10.1.200.3"), &trusted));
        assert!(!is_trusted(ip("10.2.0.1"), &trusted));
        assert!(
            is_trusted(ip("::ffff:127.0.0.1"), &trusted),
            "IPv4 seen through IPv6"
        );
        assert!(parse_trusted("").unwrap().is_empty());
        assert!(parse_trusted("localhost").is_err());
    }
}
