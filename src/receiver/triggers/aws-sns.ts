import { checkSnsSignature } from '../sns-signature.js';
import { own } from '../own.js';
import type { Trigger } from '../types.js';
import { jsonObject, optList } from './options.js';

/**
 * `aws_sns`: an SNS HTTP(S) subscription. A `Notification` yields its `Message`, parsed when it
 * is a JSON object, else `{ message }`. `SubscriptionConfirmation` yields no items; the reason
 * names the `SubscribeURL` to visit. Option `topic_arn` (one or a list) keeps only those topics;
 * `verify_signature` (default true) checks the message signature with the certificate from
 * `SigningCertURL`, fetched only from an AWS SNS host.
 * SNS posts JSON as `text/plain`; raw message delivery is unsigned and is refused.
 */
export const awsSnsTrigger: Trigger = {
  name: 'aws_sns',
  webhooks(options) {
    return [
      {
        method: 'POST',
        async handler(request, context) {
          if (request.headers['x-amz-sns-rawdelivery'] === 'true') {
            return { items: [], reason: 'raw message delivery carries no SNS envelope; disable it on the subscription' };
          }
          const msg = jsonObject(request.body);
          if (!msg || typeof msg.Type !== 'string') return { items: [], reason: 'the body is not an SNS message' };
          const topics = optList(options, 'topic_arn');
          if (topics.length > 0 && !topics.includes(String(msg.TopicArn))) {
            return { items: [], reason: `topic ${String(msg.TopicArn)} is not one of topic_arn` };
          }
          if (own(options, 'verify_signature') !== false) {
            const why = await checkSnsSignature(msg, context.fetchCert);
            if (why) return { items: [], reason: `${why} (set verify_signature: false to skip the check)` };
          }
          if (msg.Type === 'SubscriptionConfirmation') {
            return { items: [], reason: `SNS SubscriptionConfirmation: confirm by visiting SubscribeURL ${String(msg.SubscribeURL)}` };
          }
          if (msg.Type !== 'Notification') return { items: [], reason: `SNS ${msg.Type} yields no items` };
          const text = typeof msg.Message === 'string' ? msg.Message : '';
          const parsed = jsonObject(text);
          return { items: [parsed ? { ...parsed } : { message: text }] };
        },
      },
    ];
  },
};
