#!/usr/bin/env bash
# Renders the digest preview of week 46 of 2025 (the KVK fixtures) in headless Chromium through
# DigestRenderIT and copies the screenshot to docs/digest.png, the picture in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile failsafe:integration-test failsafe:verify -Dit.test=DigestRenderIT
cp target/digest-preview.png docs/digest.png
echo "docs/digest.png updated"
