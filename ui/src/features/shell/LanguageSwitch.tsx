import { useI18n } from '../../i18n/I18n';
import { LANGUAGES, isLanguage } from '../../i18n/languages';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="language">
      <label htmlFor="language">{t('language.label')}</label>
      <select
        id="language"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) {
            setLanguage(event.target.value);
          }
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
