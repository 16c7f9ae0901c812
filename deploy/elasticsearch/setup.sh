#!/bin/bash
# Runs before Elasticsearch: creates a certificate authority and the node's certificate
# (once, kept in volumes), then waits for Elasticsearch and gives the registry and the
# indexer their own least-privileged users (roles in roles.yml).
set -euo pipefail

ca=config/ca
certs=config/certs
trust=/trust

if [ ! -f "$ca/ca.crt" ]; then
  echo "Creating the certificate authority"
  bin/elasticsearch-certutil ca --silent --pem --days 3650 --out /tmp/ca.zip
  unzip -q -o /tmp/ca.zip -d /tmp/ca && cp /tmp/ca/ca/ca.crt /tmp/ca/ca/ca.key "$ca/"
fi
if [ ! -f "$certs/elasticsearch/elasticsearch.crt" ]; then
  echo "Creating the certificate of the node"
  cat > /tmp/instances.yml <<YAML
instances:
  - name: elasticsearch
    dns: [ "elasticsearch", "localhost" ]
    ip: [ "127.0.0.1" ]
YAML
  bin/elasticsearch-certutil cert --silent --pem --days 825 --in /tmp/instances.yml --out /tmp/certs.zip \
    --ca-cert "$ca/ca.crt" --ca-key "$ca/ca.key"
  unzip -q -o /tmp/certs.zip -d "$certs"
fi
cp "$ca/ca.crt" "$certs/ca.crt"
cp "$ca/ca.crt" "$trust/ca.crt"
chown -R root:root "$ca" "$certs" "$trust"
chmod 700 "$ca" && chmod 600 "$ca/ca.key"
find "$certs" -type d -exec chmod 750 {} + && find "$certs" -type f -exec chmod 640 {} +
chmod 755 "$trust" && chmod 644 "$trust/ca.crt"
touch "$certs/.ready"

echo "Waiting for Elasticsearch"
until curl -s --cacert "$certs/ca.crt" https://elasticsearch:9200 | grep -q "missing authentication credentials"; do
  sleep 5
done

user() {
  echo "Setting up the user $1 with role $2"
  curl -s -f -o /dev/null -X POST --cacert "$certs/ca.crt" -u "elastic:${ELASTIC_PASSWORD}" \
    -H "Content-Type: application/json" "https://elasticsearch:9200/_security/user/$1" \
    -d "{\"password\": \"$3\", \"roles\": [\"$2\"]}"
}
user carepool-registry carepool_reader "${CAREPOOL_ELASTICSEARCH_REGISTRY_PASSWORD}"
user carepool-indexer carepool_indexer "${CAREPOOL_ELASTICSEARCH_INDEXER_PASSWORD}"
echo "Elasticsearch is set up"
