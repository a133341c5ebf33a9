package dev.collections.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.debtor.Medium;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void medium_everyChannel_mapsToItsMedium() {
    Map<Channel, Medium> expected = new EnumMap<>(Channel.class);
    expected.put(Channel.CALL, Medium.TELEPHONE);
    expected.put(Channel.RINGLESS_VOICEMAIL, Medium.TELEPHONE);
    expected.put(Channel.SMS, Medium.TEXT_MESSAGE);
    expected.put(Channel.EMAIL, Medium.EMAIL);
    expected.put(Channel.LETTER, Medium.POSTAL_MAIL);
    expected.put(Channel.VISIT, Medium.IN_PERSON);
    expected.put(Channel.SOCIAL_DM, Medium.SOCIAL_MEDIA);
    assertEquals(Channel.values().length, expected.size());
    for (Channel channel : Channel.values()) {
      assertEquals(expected.get(channel), channel.medium(), channel.name());
    }
  }

  @Test
  void isTelephoneCall_callAndRinglessVoicemail_textsAndEmailsAreNot() {
    // Comment 14(b)-1: a ringless voicemail is a telephone call; texts and emails are not.
    assertTrue(Channel.CALL.isTelephoneCall());
    assertTrue(Channel.RINGLESS_VOICEMAIL.isTelephoneCall());
    for (Channel channel :
        new Channel[] {
          Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.VISIT, Channel.SOCIAL_DM
        }) {
      assertFalse(channel.isTelephoneCall(), channel.name());
    }
  }
}
