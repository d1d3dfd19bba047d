package org.compact.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {
  static final TargetPolicy PRODUCTION = new TargetPolicy(false, Set.of(443));
  static final TargetPolicy TEST = new TargetPolicy(true, Set.of(443));

  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void productionAcceptsAnHttpsUrlWhoseHostResolvesToPublicAddressesOnly() throws Exception {
    WebhookTarget target = PRODUCTION.parse("https://Partner.example.org/hooks/compact?x=1");

    assertThat(target.host()).isEqualTo("partner.example.org");
    assertThat(target.port()).isEqualTo(443);
    assertThat(target.pathAndQuery()).isEqualTo("/hooks/compact?x=1");
    assertThat(PRODUCTION.checkAddresses(target, List.of(ip("93.184.216.34"), ip("2606:2800::1"))))
        .isEqualTo(ip("93.184.216.34"));
  }

  @Test
  void productionRefusesPlainHttpCredentialsFragmentsAndRelativeUrls() {
    assertRefused("http://partner.example.org/hook", "only https://");
    assertRefused("https://user:pw@partner.example.org/hook", "credentials");
    assertRefused("https://partner.example.org/hook#frag", "fragment");
    assertRefused("/relative/hook", "absolute");
    assertRefused("ftp://partner.example.org/", "only https://");
    assertRefused("https:///no-host", "no host");
    assertRefused("https://exa mple.org/", "not a valid URL");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.10",
        "169.254.169.254",
        "fe80::1",
        "fd12:3456::1",
        "100.64.0.1",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "255.255.255.255",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "2002:a00:1::1",
        "::127.0.0.1"
      })
  void productionRefusesLoopbackPrivateLinkLocalAndOtherNonPublicAddresses(String address) {
    WebhookTarget target = parse(PRODUCTION, "https://hook.example.org/");
    assertThatThrownBy(() -> PRODUCTION.checkAddresses(target, List.of(ip(address))))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("webhooks only go to public addresses");
  }

  @Test
  void everyResolvedAddressIsCheckedNotOnlyTheFirst() {
    WebhookTarget target = parse(PRODUCTION, "https://rebinding.example.org/");
    assertThatThrownBy(
            () -> PRODUCTION.checkAddresses(target, List.of(ip("93.184.216.34"), ip("10.0.0.7"))))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("10.0.0.7, a private address");
  }

  @Test
  void productionAllowsOnlyTheConfiguredPorts() throws Exception {
    WebhookTarget other = parse(PRODUCTION, "https://hook.example.org:8443/");
    assertThatThrownBy(() -> PRODUCTION.checkAddresses(other, List.of(ip("93.184.216.34"))))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("port 8443");
    TargetPolicy wider = new TargetPolicy(false, Set.of(443, 8443));
    assertThat(wider.checkAddresses(other, List.of(ip("93.184.216.34")))).isNotNull();
  }

  @Test
  void aHostWithoutAddressesIsRefused() {
    WebhookTarget target = parse(PRODUCTION, "https://hook.example.org/");
    assertThatThrownBy(() -> PRODUCTION.checkAddresses(target, List.of()))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("does not resolve");
  }

  @Test
  void theTestFlagAllowsAPlainHttpReceiverOnLoopbackOnAnyPort() throws Exception {
    WebhookTarget receiver = TEST.parse("http://127.0.0.1:38080/hook");
    assertThat(TEST.checkAddresses(receiver, List.of(ip("127.0.0.1")))).isEqualTo(ip("127.0.0.1"));
    WebhookTarget ipv6 = TEST.parse("http://[::1]:38080/hook");
    assertThat(ipv6.host()).isEqualTo("::1");
    assertThat(TEST.checkAddresses(ipv6, List.of(ip("::1")))).isEqualTo(ip("::1"));
  }

  @Test
  void theTestFlagStillRefusesPrivateRangesAndPlainHttpToPublicHosts() {
    WebhookTarget privateTarget = parse(TEST, "http://internal.example.org/");
    assertThatThrownBy(() -> TEST.checkAddresses(privateTarget, List.of(ip("192.168.0.5"))))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("private");
    WebhookTarget publicHttp = parse(TEST, "http://hook.example.org/");
    assertThatThrownBy(() -> TEST.checkAddresses(publicHttp, List.of(ip("93.184.216.34"))))
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining("only https://");
  }

  private static WebhookTarget parse(TargetPolicy policy, String url) {
    try {
      return policy.parse(url);
    } catch (TargetRefused e) {
      throw new AssertionError(e);
    }
  }

  private static void assertRefused(String url, String reason) {
    assertThatThrownBy(() -> PRODUCTION.parse(url))
        .as(url)
        .isInstanceOf(TargetRefused.class)
        .hasMessageContaining(reason);
  }
}
