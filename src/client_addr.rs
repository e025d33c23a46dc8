//! Who is asking, by network address: the peer of the connection, or, when that peer is one of the
//! reverse proxies the cinema runs (`CINEMA_TRUSTED_PROXIES`), the address the proxies say they
//! were asked from. Throttles count by this address, so it must not be something a client can
//! choose: `X-Forwarded-For` is believed only when a trusted proxy sent it.

use std::net::IpAddr;

use actix_web::HttpRequest;
use ipnet::IpNet;

/// The client's address. Reading `X-Forwarded-For` from the right, each trusted proxy hands on what
/// it was told; the first address that is not one of ours is the client. A header that names only
/// our proxies, or none, or cannot be read, leaves the proxy itself as the client.
pub fn client_ip(req: &HttpRequest, trusted: &[IpNet]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    if !is_trusted(peer, trusted) {
        return Some(peer);
    }
    let forwarded = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    Some(from_forwarded(peer, &forwarded, trusted))
}

/// [`client_ip`] with the application's trusted proxies, as text for keys and records; "unknown"
/// when there is no peer (a request made in a test without a connection).
pub fn client_key(req: &HttpRequest) -> String {
    let trusted = crate::state::AppState::of(req).map_or(&[][..], |s| &s.trusted_proxies[..]);
    client_ip(req, trusted).map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
}

fn is_trusted(ip: IpAddr, trusted: &[IpNet]) -> bool {
    let ip = ip.to_canonical();
    trusted.iter().any(|net| net.contains(&ip))
}

fn from_forwarded(peer: IpAddr, header: &str, trusted: &[IpNet]) -> IpAddr {
    let mut client = peer;
    for hop in header.rsplit(',') {
        let Ok(ip) = hop.trim().parse::<IpAddr>() else {
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
