import '../../components/extension-page.css';
import './options.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { missions, terms } from '../../data/dataset';

const root = document.getElementById('app');
if (root) render(<OptionsApp missions={missions} terms={terms.filter((t) => t.kind === 'abbreviation')} />, root);
