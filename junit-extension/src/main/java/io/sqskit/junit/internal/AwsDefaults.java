package io.sqskit.junit.internal;

import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** The AWS default chains, which both sdk-core and the AWS SDK bring along. */
final class AwsDefaults {

  private AwsDefaults() {}

  static String region() {
    return DefaultAwsRegionProviderChain.builder().build().getRegion().id();
  }
}
