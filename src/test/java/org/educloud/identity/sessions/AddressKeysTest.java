package org.educloud.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressKeysTest {

    @Test
    void anIpv6AddressCountsAsItsSlash64() {
        assertThat(AddressKeys.of("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(AddressKeys.of("2001:0db8:0001:0002:ffff:1:2:3")).isEqualTo(AddressKeys.of("2001:db8:1:2::1"));
        assertThat(AddressKeys.of("2001:db8:1:3::1")).isNotEqualTo(AddressKeys.of("2001:db8:1:2::1"));
        assertThat(AddressKeys.of("[2001:db8:1:2::7]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void anIpv4AddressIsItselfAlsoWhenWrittenAsIpv6() {
        assertThat(AddressKeys.of("10.66.0.1")).isEqualTo("10.66.0.1");
        assertThat(AddressKeys.of("::ffff:10.66.0.1")).isEqualTo("10.66.0.1");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIs() {
        assertThat(AddressKeys.of("unknown")).isEqualTo("unknown");
        assertThat(AddressKeys.of("not:an:address")).isEqualTo("not:an:address");
    }
}
