import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';
import { decodeEntities } from './html-entities';

describe('htmlToText', () => {
  it('skips script, style, noscript, template, head and comments', () => {
    const t = htmlToText(
      '<html><head><title>T</title><style>a{}</style></head><body><script>x<\/script>A<!-- c --><noscript>n</noscript><template>t</template>B</body></html>',
    );
    expect(t).toBe('AB');
  });
  it('turns block elements and <br> into line breaks and collapses whitespace', () => {
    expect(htmlToText('<p>one\n   two</p><div>three<br>four</div><span>five</span> <i>six</i>')).toBe(
      'one two\nthree\nfour\nfive six',
    );
  });
  it('cuts lines where the page cuts runs: at any element that is not inline', () => {
    expect(htmlToText('<p>AFRI<b>COM</b> a<img src=x>b<my-card>c</my-card>d<button>e</button><wbr>f</p>')).toBe(
      'AFRICOM a\nb\nc\nd\ne\nf',
    );
  });
  it('skips what the page never scans, without cutting the line, and goes on after it', () => {
    expect(
      htmlToText(
        '<p>a <code>x</code>b<input value="y">c<pre>z</pre>d <svg><svg><text>t</text></svg><text>u</text></svg>e</p>' +
          "<script>document.write('<script>')</script><p>f<select><option>o<option>p</select>g</p><datalist><option>h</datalist>",
      ),
    ).toBe('a bcd e\nfg\nh');
  });
  it('decodes character references', () => {
    expect(htmlToText('<p>L&#39;Africom &amp; AT&amp;T&nbsp;x &#x2c; &eacute; &unknown;</p>')).toBe(
      "L'Africom & AT&T\u00a0x , é &unknown;",
    );
  });
  it('handles attributes containing > and stray <', () => {
    expect(htmlToText('<p title="a>b">x < y</p>')).toBe('x < y');
  });
  it('decodes invalid code points to U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#1114112;')).toBe('\ufffd\ufffd\ufffd');
  });
});
